// Each test class starts the whole app (PostgreSQL, Redis, Azurite, maildev, Api, Web, Workers) and a browser.
// Several at once on a small machine starve each other until waits time out; one after another takes no longer.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
