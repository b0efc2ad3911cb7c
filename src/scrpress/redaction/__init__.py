"""Finding personal data: Presidio tuned for UK case reviews, the case register, and the keep-list."""
