"""The admin area (server side): health, jobs, users, safety blocks, time series;
and the operations wiring of the app (cache, figures, /metrics)."""
