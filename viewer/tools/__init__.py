"""Tools for developers beside the product: benchmarks that print figures and the generator of
large synthetic timelines. No product module imports them; only the command line offers them."""
