"""The data tier through kywy: datasources from pandas and Arrow, loads (reset, append,
the auto-increment continuing), sheets, queries answered as Arrow streams, profiles."""

from datetime import date, datetime, timezone

import pandas as pd
import pyarrow as pa
import pytest
from kywy.client.kawa_client import KawaClient as K

from conftest import unique

CITIES = pd.DataFrame(
    [
        {"id": "a", "country": "FR", "city": "Paris", "measure": 1, "day": date(2023, 1, 1)},
        {"id": "b", "country": "FR", "city": "Lyon", "measure": 2, "day": date(2023, 1, 2)},
        {"id": "c", "country": "FR", "city": "Lille", "measure": 3, "day": date(2023, 1, 1)},
        {"id": "d", "country": "UK", "city": "London", "measure": 4, "day": date(2023, 1, 2)},
        {"id": "e", "country": "UK", "city": "Cardiff", "measure": 5, "day": date(2023, 1, 2)},
        {"id": "g", "country": "BE", "city": "Brussels", "measure": 8, "day": date(2023, 1, 1)},
    ]
)


def loaded(kawa, frame, primary_keys=None):
    """A datasource made from `frame` and loaded, with its sheet: its name."""
    name = unique("ds")
    loader = kawa.new_data_loader(df=frame.copy(), datasource_name=name)
    loader.create_datasource(primary_keys=primary_keys)
    loader.load_data(reset_before_insert=True, create_sheet=True)
    return name


def test_a_datasource_is_created_once_from_a_dataframe(kawa):
    name = unique("ds")
    loader = kawa.new_data_loader(df=CITIES.copy(), datasource_name=name)
    created = loader.create_datasource()
    again = loader.create_datasource()
    assert again["id"] == created["id"]
    ids = [i["indicatorId"] for i in created["indicators"]]
    assert ids[0] == "record_id"
    assert set(ids) == {"record_id", "id", "country", "city", "measure", "day"}
    types = {i["indicatorId"]: i["type"] for i in created["indicators"]}
    assert types["measure"] == "integer" and types["day"] == "date" and types["city"] == "text"
    found = kawa.entities.datasources().get_entity(name)
    assert found["id"] == created["id"]


def test_pandas_rows_load_query_and_append_with_the_record_id_continuing(kawa):
    name = loaded(kawa, CITIES)
    df = kawa.sheet(sheet_name=name).select("record_id", "city", "measure").compute()
    assert list(df["city"]) == list(CITIES["city"])
    assert list(df["record_id"]) == [1, 2, 3, 4, 5, 6]

    more = pd.DataFrame([{"id": "z", "country": "DE", "city": "Berlin", "measure": 9, "day": date(2023, 1, 3)}])
    loader = kawa.new_data_loader(df=more, datasource_name=name)
    loader.load_data(reset_before_insert=False)
    df = kawa.sheet(sheet_name=name).select("record_id", "city").no_limit().compute()
    assert list(df["city"])[-1] == "Berlin"
    assert list(df["record_id"])[-1] == 7

    loader = kawa.new_data_loader(df=more, datasource_name=name)
    loader.load_data(reset_before_insert=True)
    df = kawa.sheet(sheet_name=name).select("record_id", "city").compute()
    assert list(df["city"]) == ["Berlin"]
    assert list(df["record_id"]) == [1]

    reports = kawa.entities.get_datasource_health_report(kawa.entities.datasources().get_entity(name)["id"])
    assert [r["synchronizationState"]["status"] for r in reports] == ["SUCCESS"] * 3
    assert reports[-1]["numberOfRows"] == 1


def test_select_filter_limit_collect(kawa):
    name = loaded(kawa, CITIES, primary_keys=["id"])
    df = (
        kawa.sheet(sheet_name=name)
        .select(K.col("city"), K.col("measure").alias("m"))
        .filter(K.col("country").in_list(["FR", "UK"]))
        .filter(K.col("measure").gt(1))
        .order_by("m", ascending=False)
        .limit(3)
        .collect()
    )
    assert list(df.columns) == ["city", "m"]
    assert list(df["city"]) == ["Cardiff", "London", "Lille"]
    assert list(df["m"]) == [5, 4, 3]

    excluded = (
        kawa.sheet(sheet_name=name)
        .select("city")
        .filter(K.col("city").starts_with("L").exclude())
        .compute()
    )
    assert sorted(excluded["city"]) == ["Brussels", "Cardiff", "Paris"]

    days = kawa.sheet(sheet_name=name).select("day").filter(K.col("day").date_range(date(2023, 1, 2), date(2023, 1, 2))).compute()
    assert list(days["day"]) == [date(2023, 1, 2)] * 3


def test_a_grouped_aggregation(kawa):
    name = loaded(kawa, CITIES)
    df = (
        kawa.sheet(sheet_name=name)
        .select(
            K.col("measure").sum().alias("total"),
            K.col("measure").avg().alias("mean"),
            K.col("city").count().alias("cities"),
            K.col("country").alias("nation"),
        )
        .group_by("country")
        .order_by("total", ascending=False)
        .compute()
    )
    assert list(df.columns) == ["grouping(0)", "total", "mean", "cities", "nation"]
    assert list(df["grouping(0)"]) == ["UK", "BE", "FR"]
    assert list(df["total"]) == [9, 8, 6]
    assert list(df["mean"]) == [4.5, 8.0, 2.0]
    assert list(df["cities"]) == [2, 1, 3]
    assert list(df["nation"]) == ["UK", "BE", "FR"]


def test_an_arrow_table_loads_with_compression_and_keeps_its_types(kawa):
    table = pa.table(
        {
            "sku": pa.array(["x1", "x2", "x3"]),
            "price": pa.array([1.5, 2.25, None], type=pa.float64()),
            "in_stock": pa.array([True, False, True]),
            "seen": pa.array(
                [datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)] * 3, type=pa.timestamp("ms", tz="UTC")
            ),
        }
    )
    name = unique("arrow")
    loader = kawa.new_arrow_data_loader(arrow_table=table, datasource_name=name)
    loader.create_datasource(primary_keys=["sku"])
    loader.load_data(reset_before_insert=True, create_sheet=True, use_compression=True)
    df = kawa.sheet(sheet_name=name).select("sku", "price", "in_stock", "seen").compute()
    assert list(df["sku"]) == ["x1", "x2", "x3"]
    assert list(df["price"][:2]) == [1.5, 2.25] and pd.isna(df["price"][2])
    assert list(df["in_stock"]) == [True, False, True]
    assert df["seen"][0] == pd.Timestamp("2024-05-01 12:00", tz="UTC")


def test_new_columns_schema_profile_and_archive(kawa):
    name = loaded(kawa, CITIES)
    wider = CITIES.assign(region=["W"] * len(CITIES))
    loader = kawa.new_data_loader(df=wider, datasource_name=name)
    updated = loader.add_new_indicators_to_datasource()
    assert "region" in [i["indicatorId"] for i in updated["indicators"]]
    loader.load_data(reset_before_insert=True)
    df = kawa.sheet(sheet_name=name).select("region").compute()
    assert set(df["region"]) == {"W"}

    ds = kawa.entities.datasources().get_entity(name)
    ddl = kawa.entities.get_datasource_schema(ds["id"])["schema"]
    assert "PRIMARY KEY (record_id)" in ddl

    profile = kawa.sheet(sheet_name=name).profile()
    assert profile["measure"]["SUM"] == 23
    assert profile["country"]["COUNT_UNIQUE"] == 3

    kawa.commands.run_command("ArchiveDataSourceAndDeleteAssociatedData", {"dataSourceId": ds["id"]})
    assert kawa.entities.datasources().get_entity(name) is None
    with pytest.raises(Exception):
        kawa.sheet(sheet_name=name).select("city").compute()


def test_delete_data_removes_the_rows_its_filters_match(kawa):
    name = loaded(kawa, CITIES, primary_keys=["id"])
    datasource = kawa.entities.datasources().get_entity(name)
    kawa.commands.delete_data(datasource, [K.col("country").in_list(["FR", "BE"]), K.col("measure").gt(1)])
    df = kawa.sheet(sheet_name=name).select("city").no_limit().compute()
    assert list(df["city"]) == ["Paris", "London", "Cardiff"]
    kawa.commands.delete_data(datasource["id"], [K.col("country").eq("UK").exclude()])
    df = kawa.sheet(sheet_name=name).select("city").no_limit().compute()
    assert list(df["city"]) == ["London", "Cardiff"]


def test_as_grid_and_as_chart_make_layouts_of_the_sheet(kawa):
    name = loaded(kawa, CITIES)
    sheet = kawa.entities.sheets().get_entity(name)
    grid = kawa.sheet(sheet_id=sheet["id"]).select("city", "measure").as_grid()
    assert grid["sheetId"] == sheet["id"] and grid["layoutType"] == "GRID"
    assert [f["columnName"] for f in grid["fields"]] == ["city", "measure"]
    chart = (
        kawa.sheet(sheet_name=name)
        .select(K.col("country"), K.col("measure").sum())
        .group_by("country")
        .as_chart(chart_name="Measure by country")
    )
    assert chart["layoutType"] == "CHART" and chart["groupBy"] == ["country"]
    assert chart["fields"][1]["aggregationMethod"] == "SUM"
    layouts = kawa.entities.layouts().list_entities()
    assert {grid["id"], chart["id"]} <= {layout["id"] for layout in layouts}
