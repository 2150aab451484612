# The words of the exports (PDF, Markdown, DOCX) and of the command line.
