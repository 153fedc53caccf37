import { useState } from "react";

import { BookPage, PageTurner } from "@/components/book/BookPage";
import { applyAction, clampPage, pictureAlt } from "@/components/book/pager";
import { LinkButton } from "@/components/ui/Button";
import { Skeleton } from "@/components/ui/Skeleton";
import { usePageTitle } from "@/lib/page";

import { useSampleStory } from "../api";

const STEPS = [
  { title: "Create your characters", text: "Your child, their dog, a brave little dragon: pick their looks and personality." },
  { title: "Choose a story", text: "An adventure, a bedtime story or a lesson, set where you like, pitched at your child's age." },
  { title: "Read it together", text: "A picture on every page, read aloud with the words lighting up; print it or share it." },
];

/** The front door for signed-out visitors: what Storyloom makes, a real sample book, and the way in. */
export function HomePage() {
  usePageTitle("Personalised picture books");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="flex flex-col gap-3">
        <h1 id="home-title" className="text-3xl sm:text-4xl">
          Picture books starring your child
        </h1>
        <p className="text-lg">
          Storyloom writes and illustrates a story about the characters you create, at your child's reading level.
          No AI account needed.
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/register">Sign up free</LinkButton>
          <LinkButton href="/login" variant="secondary">
            Sign in
          </LinkButton>
        </div>
      </section>
      <SampleBook />
      <section aria-labelledby="steps-title" className="flex flex-col gap-3">
        <h2 id="steps-title" className="text-2xl">
          Three steps to your own book
        </h2>
        <ol className="grid gap-3 sm:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step.title} className="rounded-2xl border-2 border-sand bg-white p-4">
              <p className="text-xl font-bold">
                <span aria-hidden="true">{i + 1}. </span>
                {step.title}
              </p>
              <p className="text-base">{step.text}</p>
            </li>
          ))}
        </ol>
        <div>
          <LinkButton href="/register">Make your first book</LinkButton>
        </div>
      </section>
    </div>
  );
}

function SampleBook() {
  const story = useSampleStory();
  const [index, setIndex] = useState(0);
  if (story.isError) return null; // the page still says what Storyloom does and how to start
  if (!story.data) {
    return (
      <div role="status">
        <span className="sr-only">Opening the sample book…</span>
        <Skeleton className="h-64" />
      </div>
    );
  }
  const count = story.data.pages.length;
  const page = story.data.pages[index];
  const goTo = (next: number) => { setIndex(clampPage(next, count)); };
  return (
    <section aria-labelledby="sample-title" className="flex flex-col gap-3">
      <div>
        <p className="text-base font-bold tracking-wide text-clay-dark uppercase">A sample book, made by Storyloom</p>
        <h2 id="sample-title" className="text-2xl">
          {story.data.title}
        </h2>
      </div>
      {page && (
        <>
          <BookPage
            key={page.number}
            number={page.number}
            count={count}
            text={page.text}
            audio={null}
            picture={
              <img
                src={page.image_url}
                alt={pictureAlt(page)}
                className="aspect-square w-full bg-sand object-cover"
                draggable={false}
              />
            }
            onTurn={(action) => { goTo(applyAction(index, count, action)); }}
          />
          <PageTurner index={index} count={count} onGo={goTo} />
        </>
      )}
    </section>
  );
}
