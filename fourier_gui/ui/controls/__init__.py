"""The parameter panel and its editors."""
