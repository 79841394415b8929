"""The HTTP API (v1): routers, request/response models and error translation."""
