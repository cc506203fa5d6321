// Test-only worker entry that dies at once, to see how the strategy reports a crashed worker.
throw new Error('worker blew up');
