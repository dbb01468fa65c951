"""The training worker, the one object that owns the engine, in its own QThread (training_worker), and
what it and the window say to each other: typed requests and payloads (protocol), the queue between them
(request_queue), batched progress (progress_batch), the tools' requests (tool_requests) and how its thread
keeps out of the window's way (priority)."""
