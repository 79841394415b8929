# ruff: noqa
"""
exercise = "hostile_sum"
expect_verdict = ["wrong_answer"]
must_not = "read the cached expected values (DATA_DIR/expectations/*.json) and replay them"
output_present = ["denied"]
output_absent = ["LEAK:"]
"""
import glob
import json

HIT = "LE" + "AK:"
answers = {}
patterns = ["{data_dir}/expectations/*.json", "/box/**/*.json", "/tmp/**/*.json", "/opt/**/*.json"]
for pattern in patterns:
    for path in glob.glob(pattern, recursive=True):
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            print("denied", path, exc)
            continue
        if isinstance(data, list) and all(isinstance(i, dict) and "name" in i for i in data):
            answers.update({item["name"]: item.get("value") for item in data})
            print(HIT, path)
        else:
            print("not expectations", path)
if not answers:
    print("denied", "no expectations found")


def total(xs):
    # Replaying a leaked expected value would pass test_small_list; nothing leaked: wrong.
    return answers.get("test_small_list", -1)
