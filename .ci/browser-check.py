#!/usr/bin/env python3
"""Opens a built report in headless Chromium and checks what a reader would meet: every in-page
link leads to an element, the charts are drawn with a size, and printing gives a PDF.
With --screenshots DIR, also writes report-1280.png and report-390.png.
Usage: browser-check.py REPORT.html [--pdf OUT.pdf] [--screenshots DIR]"""
import argparse
import base64
import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def driver():
    options = Options()
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            options.binary_location = path
            break
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


LINKS = """
const missing = [];
for (const a of document.querySelectorAll('a[href^="#"]')) {
  const id = decodeURIComponent(a.getAttribute('href').slice(1));
  if (id && !document.getElementById(id)) missing.push(a.getAttribute('href'));
}
return [document.querySelectorAll('a[href^="#"]').length, missing];
"""

CHARTS = """
return Array.from(document.querySelectorAll('svg.chart')).map(svg => {
  const box = svg.getBoundingClientRect();
  return [svg.id, box.width, box.height];
});
"""

EXTERNAL = """
return performance.getEntriesByType('resource').map(entry => entry.name);
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--pdf")
    parser.add_argument("--screenshots")
    parser.add_argument("--no-print", action="store_true", help="skip printing (very large reports)")
    args = parser.parse_args()
    url = "file://" + os.path.abspath(args.report)
    browser = driver()
    problems = []
    try:
        browser.set_window_size(1280, 900)
        browser.get(url)
        count, missing = browser.execute_script(LINKS)
        for href in missing:
            problems.append(f"in-page link {href} leads nowhere")
        charts = browser.execute_script(CHARTS)
        if len(charts) < 2:
            problems.append(f"expected at least 2 charts, found {len(charts)}")
        for chart_id, width, height in charts:
            if width <= 0 or height <= 0:
                problems.append(f"chart {chart_id} has no size ({width}x{height})")
        fetched = [name for name in browser.execute_script(EXTERNAL) if not name.startswith("file:")]
        for name in fetched:
            problems.append(f"the report fetched {name}")
        pdf = b""
        if not args.no_print:
            pdf = base64.b64decode(browser.print_page())
            if not pdf.startswith(b"%PDF") or len(pdf) < 1024:
                problems.append("printing did not give a PDF")
        if args.pdf:
            with open(args.pdf, "wb") as f:
                f.write(pdf)
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            for width in (1280, 390):
                browser.set_window_size(width, 900)
                height = browser.execute_script("return document.documentElement.scrollHeight")
                browser.set_window_size(width, min(height, 16000))
                browser.save_screenshot(os.path.join(args.screenshots, f"report-{width}.png"))
    finally:
        browser.quit()
    for problem in problems:
        print(f"{args.report}: {problem}")
    if problems:
        return 1
    print(f"{args.report}: {count} in-page links resolve, {len(charts)} charts drawn "
          f"({', '.join(f'{int(w)}x{int(h)}' for _, w, h in charts)})"
          + ("" if args.no_print else f", printed to a {len(pdf) // 1024} KB PDF"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
