/** "Good morning" / "Good afternoon" / "Good evening" for the given hour (0-23). */
export function greetingFor(hour: number): string {
  if (hour < 5) return "Hello";
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}
