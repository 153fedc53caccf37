"""Books out of Storyloom: print-ready PDF (WeasyPrint) and EPUB 3, cached by revision."""
