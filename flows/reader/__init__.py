"""flows/reader/: reading strangers' feeds and pages, within limits.

fetch (bounded, polite GETs), netguard (reach, time and size of a connection), limits,
feeds (the feeds file, feed documents as items), feedfetch (fetching feed documents, with
retries), schedule (which feeds are due, backoff), feedadmin (editing the feeds file),
feedtest (`natowatch feeds test`)."""
