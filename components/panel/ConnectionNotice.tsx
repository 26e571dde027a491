/**
 * Shown instead of the panel's content while it is connecting, when it was
 * not opened by Feedforward, or after the page went away: plain words, no data.
 */
export function ConnectionNotice(props: { message: string; busy?: boolean }) {
  return (
    <div class="notice" role={props.busy ? 'status' : 'alert'} aria-busy={props.busy}>
      <p>{props.message}</p>
    </div>
  );
}
