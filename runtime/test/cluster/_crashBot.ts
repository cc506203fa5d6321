/** A cluster process that dies at once, as a bot with a bad deploy would. */
process.exitCode = 3;
