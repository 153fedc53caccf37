import { useState } from "react";

import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";

import { useLogout } from "../api";

export function LogoutCard() {
  const logout = useLogout(false);
  const logoutAll = useLogout(true);
  const [confirming, setConfirming] = useState(false);

  return (
    <Card title="Log out" id="logout">
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" isDisabled={logout.isPending} onPress={() => { logout.mutate(); }}>
            {logout.isPending ? "Logging out…" : "Log out"}
          </Button>
          {!confirming && (
            <Button variant="quiet" onPress={() => { setConfirming(true); }}>
              Log out everywhere…
            </Button>
          )}
        </div>
        {confirming && (
          <div role="group" aria-labelledby="logout-all-question" className="rounded-2xl bg-berry-light p-4">
            <p id="logout-all-question" className="font-bold">
              Log out on every device, including this one?
            </p>
            <p className="text-base">Use this if you signed in on a computer that isn't yours.</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button
                variant="danger"
                autoFocus
                isDisabled={logoutAll.isPending}
                onPress={() => { logoutAll.mutate(); }}
              >
                {logoutAll.isPending ? "Logging out…" : "Yes, log out everywhere"}
              </Button>
              <Button variant="secondary" onPress={() => { setConfirming(false); }}>
                Cancel
              </Button>
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}
