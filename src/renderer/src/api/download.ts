/** Saves bytes (base64) or text as a file through the browser's own download, in Electron and browser mode alike. */
export function saveFile(fileName: string, mediaType: string, content: { base64: string } | { text: string }): void {
  const blob =
    'text' in content
      ? new Blob([content.text], { type: mediaType })
      : new Blob([Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0))], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as base64 (without the data: prefix), for the API. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
