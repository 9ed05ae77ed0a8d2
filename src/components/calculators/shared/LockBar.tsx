interface Props { locked: boolean; onUnlock: () => void }

/** A lesson's preset scenario (lock=1): inputs are read-only until the reader unlocks them. */
export function LockBar({ locked, onUnlock }: Props) {
  if (!locked) return null;
  return (
    <div class="box box-info calc-lock">
      <p>这是老师设定的例子，输入已锁定。</p>
      <button type="button" class="btn btn-secondary" onClick={onUnlock}>解锁，自己试试</button>
    </div>
  );
}
