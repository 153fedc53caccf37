"""The sample book a signed-out visitor reads on the home page."""
