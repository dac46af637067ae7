/** Types of electron-binary.mjs. */
export function electronBinary(): string | null;
