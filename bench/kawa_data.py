"""KAWA's data tier under kywy: load N rows as an Arrow stream and run a grouped
aggregation over them through `understudy serve`, next to pandas (and DuckDB when it
is installed) running the same aggregation on the same rows in-process: the
physical-limit reference. Run by bench/kawa-data.sh, which starts the server."""

import os
import statistics
import sys
import time
import uuid

import numpy as np
import pandas as pd
import pyarrow as pa
from kywy.client.kawa_client import KawaClient as K

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5

rng = np.random.default_rng(7)
countries = np.array([f"C{i:02d}" for i in range(20)])
table = pa.table(
    {
        "country": pa.array(countries[rng.integers(0, 20, ROWS)]),
        "amount": pa.array(rng.random(ROWS) * 100),
        "qty": pa.array(rng.integers(1, 10, ROWS)),
    }
)

kawa = K.load_client_from_environment()
name = f"bench-{uuid.uuid4().hex[:8]}"
loader = kawa.new_arrow_data_loader(arrow_table=table, datasource_name=name)
loader.create_datasource()
start = time.perf_counter()
loader.load_data(reset_before_insert=True, create_sheet=True, use_compression=True)
load_s = time.perf_counter() - start


def query():
    return (
        kawa.sheet(sheet_name=name)
        .select(K.col("amount").sum().alias("total"), K.col("qty").avg().alias("mean"), K.col("qty").count().alias("n"))
        .group_by("country")
        .no_limit()
        .compute()
    )


def timed(fn):
    fn()  # warm
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, out


server_ms, served = timed(query)
frame = table.to_pandas()
pandas_ms, reference = timed(lambda: frame.groupby("country").agg(total=("amount", "sum"), mean=("qty", "mean"), n=("qty", "count")))
assert len(served) == len(reference) == 20, (len(served), len(reference))
got = served.set_index("grouping(0)")["total"].sort_index()
assert np.allclose(got.values, reference["total"].sort_index().values), "the server's sums match pandas'"

lines = [
    f"rows                      {ROWS}",
    f"load (Arrow stream, zstd) {load_s:.2f} s = {ROWS / load_s:,.0f} rows/s",
    f"grouped query, server     {server_ms:.1f} ms (median of {RUNS}, over HTTP, Arrow answer)",
    f"same in pandas            {pandas_ms:.1f} ms (in-process, data already in memory)",
]
try:
    import duckdb

    con = duckdb.connect()
    con.register("t", table)
    sql = "SELECT country, SUM(amount), AVG(qty), COUNT(qty) FROM t GROUP BY country"
    duck_ms, _ = timed(lambda: con.execute(sql).fetchall())
    lines.append(f"same in DuckDB            {duck_ms:.1f} ms (in-process)")
except ImportError:
    lines.append("same in DuckDB            (duckdb not installed)")
print("\n".join(lines))
