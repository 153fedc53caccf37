import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

import { AppFrame } from "./AppFrame";
import { Header } from "./Header";

export function RootLayout() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, take focus and the scroll position to the new page (or
  // the #section asked for), as a full page load would, so screen readers follow along.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target) {
      target.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [location.pathname, location.hash]);

  return <AppFrame header={<Header />} mainRef={main} resetKeys={[location.pathname]} />;
}
