"""Provider calls, monthly usage and quotas."""
