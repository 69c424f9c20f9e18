/** A file the backend made or holds, sent to the page to save. */
export interface FileDownload {
  fileName: string;
  mediaType: string;
  dataBase64: string;
}
