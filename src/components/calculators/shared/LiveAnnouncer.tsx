import { useEffect, useState } from 'preact/hooks';

/**
 * Announces the main result to screen readers after typing pauses (GOV.UK's debounced,
 * visually hidden live region), instead of on every keystroke.
 */
export function LiveAnnouncer({ message }: { message: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), 900);
    return () => clearTimeout(timer);
  }, [message]);
  return <p class="sr-only" aria-live="polite" aria-atomic="true">{spoken}</p>;
}
