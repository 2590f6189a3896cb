"""The Files API: multipart upload with Stripe's purposes and limits, list and retrieve."""
