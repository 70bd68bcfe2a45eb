/**
 * What a step of an LMS launch hands the next page, in the address fragment (browsers never send
 * it to a server): read once, then removed from the address and from history.
 */
export function takeFragment(): string {
  const value = decodeURIComponent(location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
  return value;
}

/** The fragment as JSON, or undefined when it is missing or malformed. */
export function takeFragmentJson<T>(): T | undefined {
  try {
    return JSON.parse(takeFragment()) as T;
  } catch {
    return undefined;
  }
}
