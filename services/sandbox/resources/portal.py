"""The customer portal: configurations, sessions and the hosted portal page the sandbox serves."""
