import { Link } from "react-router";

import { Alert } from "@/components/ui/Alert";
import { Button, LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { ErrorBoundary } from "@/components/ui/ErrorBoundary";
import { PageSkeleton, Skeleton } from "@/components/ui/Skeleton";
import { usePageTitle } from "@/lib/page";
import { friendlyMessage } from "@/lib/problem";

import { useCharacterTally, useCurrentUser, useDeviceCount, useStoryTally } from "../api";
import { greetingFor } from "../greeting";
import { InProgressCard, QuickActions, RecentStoriesCard, UsageCard } from "./LiveCards";
import { TallyCard } from "./TallyCard";

export function DashboardPage() {
  usePageTitle("Your dashboard");
  const me = useCurrentUser();
  const user = me.data;

  if (!user) {
    if (me.isError) {
      return (
        <Alert title={friendlyMessage(me.error).title}>
          <p>{friendlyMessage(me.error).message}</p>
          <Button variant="secondary" className="mt-3" onPress={() => void me.refetch()}>
            Try again
          </Button>
        </Alert>
      );
    }
    return <PageSkeleton label="Loading your dashboard…" />;
  }

  return (
    <div className="flex flex-col gap-8">
      <section
        aria-labelledby="greeting"
        className="rounded-[var(--radius-card)] bg-clay-light px-5 py-6 sm:px-8 sm:py-8"
      >
        <h1 id="greeting" className="text-3xl sm:text-4xl">
          {greetingFor(new Date().getHours())}, {user.display_name}!
        </h1>
        <p className="mt-2 max-w-prose text-lg">
          This is your Storyloom. Here you'll find the characters you create and the picture
          books you make with them.
        </p>
        <div className="mt-5">
          <QuickActions />
        </div>
      </section>

      <ErrorBoundary>
        <InProgressCard />
      </ErrorBoundary>

      <div className="grid gap-6 md:grid-cols-2">
        <ErrorBoundary>
          <CharactersCard />
        </ErrorBoundary>
        <ErrorBoundary>
          <StoriesCard />
        </ErrorBoundary>
        <ErrorBoundary>
          <RecentStoriesCard />
        </ErrorBoundary>
        <ErrorBoundary>
          <UsageCard />
        </ErrorBoundary>
        <Card title="Your account" id="account-card" tone="paper">
          <p className="break-all">
            Signed in as <strong>{user.email}</strong>
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <LinkButton href="/account" variant="secondary">
              Manage account
            </LinkButton>
            <LinkButton href="/account#password" variant="quiet">
              Change password
            </LinkButton>
          </div>
        </Card>
        <ErrorBoundary>
          <DevicesCard />
        </ErrorBoundary>
      </div>
    </div>
  );
}

function CharactersCard() {
  const query = useCharacterTally();
  return (
    <TallyCard
      id="characters-card"
      title="Characters"
      tone="leaf"
      query={query}
      noun={["character", "characters"]}
      empty={
        <>
          <p className="text-3xl font-bold">None yet</p>
          <p>
            Characters are the heroes of your books: your child, the family dog, a brave little
            dragon. Each one looks the same on every page.
          </p>
        </>
      }
    />
  );
}

function StoriesCard() {
  const query = useStoryTally();
  return (
    <TallyCard
      id="stories-card"
      title="Stories"
      tone="sand"
      query={query}
      noun={["story", "stories"]}
      empty={
        <>
          <p className="text-3xl font-bold">None yet</p>
          <p>
            Your picture books will gather here: pick characters, a kind of story and an age,
            and Storyloom writes and illustrates it.
          </p>
        </>
      }
    />
  );
}

function DevicesCard() {
  const count = useDeviceCount();
  return (
    <Card title="Signed-in devices" id="devices-card" tone="sky">
      {count.isPending && (
        <div role="status">
          <span className="sr-only">Counting your devices…</span>
          <Skeleton className="h-12 w-24" />
        </div>
      )}
      {count.isError && (
        <p>
          We couldn't count your devices.{" "}
          <Button variant="quiet" onPress={() => void count.refetch()}>
            Try again
          </Button>
        </p>
      )}
      {count.data !== undefined && (
        <p>
          <span className="block text-5xl font-bold" aria-hidden="true">
            {count.data}
          </span>
          <span className="sr-only">{count.data} </span>
          {count.data === 1 ? "device is" : "devices are"} signed in to your account.
        </p>
      )}
      <p className="mt-4">
        <Link to="/account#sessions">See where you're signed in</Link>
      </p>
    </Card>
  );
}
