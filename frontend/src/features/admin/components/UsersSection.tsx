import { useState } from "react";

import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { InputField } from "@/components/ui/Fields";
import { Skeleton } from "@/components/ui/Skeleton";
import { Alert } from "@/components/ui/Alert";
import { cx } from "@/lib/cx";
import { useSession } from "@/lib/session";
import { useDebounced } from "@/lib/use-debounced";

import { useAdminUsers, useResetLink, useUpdateUser } from "../api";
import { count, dateTime, money, monthName } from "../format";
import { Badge, Loading, LoadError } from "./parts";

const num = "px-3 py-2 text-right tabular-nums";

/** Every account with this month's usage; searchable by name or e-mail. */
export function UsersSection() {
  const [q, setQ] = useState("");
  const search = useDebounced(q.trim(), 300);
  const users = useAdminUsers(search);
  const data = users.data;
  const me = useSession((st) => st.user?.id);
  const update = useUpdateUser();
  const resetLink = useResetLink();
  const [link, setLink] = useState<{ who: string; url: string; expires: string } | null>(null);
  return (
    <Card title="Users" id="users">
      {link && (
        <Alert tone="info" title={`One-time reset link for ${link.who}`} className="mb-4">
          <p>Give this link to them; it works once, until {dateTime(link.expires)}.</p>
          <p className="mt-1 break-all font-mono text-base" aria-label="Reset link">
            {link.url}
          </p>
        </Alert>
      )}
      <div role="search" aria-label="Find users" className="max-w-md">
        <InputField label="Search by name or e-mail" type="search" value={q} onChange={setQ} />
      </div>
      <div className="mt-4">
        {users.isPending && (
          <Loading label="Loading users…">
            <Skeleton className="h-6 w-1/2" />
            <Skeleton className="h-40" />
          </Loading>
        )}
        {users.isError && !data && <LoadError error={users.error} onRetry={() => void users.refetch()} />}
        {data && (
          <>
            <p className="text-base text-ink-soft">
              Usage in {monthName(data.month)} (UTC). Showing {count(data.items.length)} of{" "}
              {count(data.total)} {data.total === 1 ? "user" : "users"}.
            </p>
            {data.items.length === 0 ? (
              <p className="mt-3 rounded-2xl bg-cream p-4">No one matches “{search}”.</p>
            ) : (
              // Wide on a phone: the table scrolls sideways inside its own focusable region.
              <div
                role="region"
                aria-labelledby="users-caption"
                tabIndex={0}
                className={cx("mt-3 overflow-x-auto rounded-xl border-2 border-sand-dark", users.isPlaceholderData && "opacity-60")}
              >
                <table className="w-full min-w-[56rem] border-collapse text-left text-base">
                  <caption id="users-caption" className="sr-only">
                    Users and their usage in {monthName(data.month)}
                  </caption>
                  <thead className="bg-sand">
                    <tr>
                      <th scope="col" className="px-3 py-2">Person</th>
                      <th scope="col" className="px-3 py-2">Role</th>
                      <th scope="col" className={num}>Stories this month</th>
                      <th scope="col" className={num}>Pictures this month</th>
                      <th scope="col" className={num}>Cost this month</th>
                      <th scope="col" className={num}>Books / characters now</th>
                      <th scope="col" className="px-3 py-2">Joined</th>
                      <th scope="col" className="px-3 py-2">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((u) => (
                      <tr key={u.id} className="border-t-2 border-sand">
                        <th scope="row" className="px-3 py-2 font-normal">
                          <span className="block font-bold">{u.display_name}</span>
                          <span className="block whitespace-nowrap text-ink-soft">{u.email}</span>
                        </th>
                        <td className="px-3 py-2">
                          <span className="flex flex-wrap gap-1">
                            {u.role === "admin" ? <Badge tone="info" symbol="★">Admin</Badge> : "User"}
                            {u.disabled && <Badge tone="bad">Disabled</Badge>}
                          </span>
                        </td>
                        <td className={num}>{count(u.stories)}</td>
                        <td className={num}>{count(u.images)}</td>
                        <td className={num}>{money(u.cost_usd)}</td>
                        <td className={num}>
                          {count(u.stories_total)} / {count(u.characters_total)}
                        </td>
                        <td className="px-3 py-2">{dateTime(u.created_at)}</td>
                        <td className="px-3 py-2">
                          {u.id === me ? (
                            <span className="text-ink-soft">You</span>
                          ) : (
                            <span className="flex flex-wrap gap-1">
                              <Button
                                variant="quiet"
                                isDisabled={update.isPending}
                                aria-label={`${u.disabled ? "Enable" : "Disable"} ${u.email}`}
                                onPress={() => {
                                  update.mutate({ id: u.id, disabled: !u.disabled });
                                }}
                              >
                                {u.disabled ? "Enable" : "Disable"}
                              </Button>
                              <Button
                                variant="quiet"
                                isDisabled={update.isPending}
                                aria-label={`${u.role === "admin" ? "Make user" : "Make admin"}: ${u.email}`}
                                onPress={() => {
                                  update.mutate({ id: u.id, role: u.role === "admin" ? "user" : "admin" });
                                }}
                              >
                                {u.role === "admin" ? "Make user" : "Make admin"}
                              </Button>
                              {!u.disabled && (
                                <Button
                                  variant="quiet"
                                  isDisabled={resetLink.isPending}
                                  aria-label={`Reset password of ${u.email}`}
                                  onPress={() => {
                                    resetLink.mutate(u.id, {
                                      onSuccess: (made) => {
                                        setLink({ who: u.email, url: made.url, expires: made.expires_at });
                                      },
                                    });
                                  }}
                                >
                                  Reset password
                                </Button>
                              )}
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
