/**
 * A trie over tokens: phrases are added once, then every position of a name is looked up in
 * time bounded by the longest phrase, whatever the size of the table.
 */

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map() };

  /** The value stored for exactly this phrase, if any. */
  get(phrase: readonly string[]): T | undefined {
    let node: Node<T> | undefined = this.root;
    for (const token of phrase) {
      node = node.next.get(token);
      if (!node) return undefined;
    }
    return node.value;
  }

  /** Store a value for a phrase, replacing any previous one. */
  set(phrase: readonly string[], value: T): void {
    let node = this.root;
    for (const token of phrase) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** The longest phrase starting at `start`: its end (exclusive) and value, or null. */
  longestAt(tokens: readonly string[], start: number): { end: number; value: T } | null {
    let node: Node<T> | undefined = this.root;
    let best: { end: number; value: T } | null = null;
    for (let i = start; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!);
      if (!node) break;
      if (node.value !== undefined) best = { end: i + 1, value: node.value };
    }
    return best;
  }
}
