"""flows/alerts/: what an alert says per channel (messages), its structured data
(payloads) and its delivery through apprise."""
