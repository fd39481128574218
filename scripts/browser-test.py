"""Browser test of carelog serve in real headless Chromium at 390x844: pair, log a fever from Today and see the
urgent prompt, check in, acknowledge a flag, open and print the summary. Screenshots and the PDF go to
.build/browser/. Fails on any console error (a blocked load or script included) and on sideways scrolling.

Usage: python browser-test.py URL CODE"""
import base64
import os
import sys

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

url, code = sys.argv[1], sys.argv[2]
shots = os.path.join(".build", "browser")
os.makedirs(shots, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844"]:
    options.add_argument(argument)
options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3}})
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 10)
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
        print("FAIL:", message)


CONTRAST = """
function lum(c) {
  return c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
}
function background(e) {
  for (; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor, m = c.match(/[\\d.]+/g);
    if (m && (m.length < 4 || Number(m[3]) > 0)) return c;
  }
  return 'rgb(255, 255, 255)';
}
const low = [];
for (const e of document.querySelectorAll('body *')) {
  if (!e.getClientRects().length) continue;
  if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
  const s = getComputedStyle(e), a = lum(s.color), b = lum(background(e));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const size = parseFloat(s.fontSize), large = size >= 24 || (Number(s.fontWeight) >= 700 && size >= 18.66);
  if (ratio < (large ? 3 : 4.5)) low.push(`${e.tagName} "${e.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
}
return low;
"""


def page_checks(name):
    driver.save_screenshot(os.path.join(shots, f"{name}.png"))
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, f"{name}: the page is {width} px wide, wider than the 390 px screen")
    for entry in driver.get_log("browser"):
        if entry["level"] in ("SEVERE", "ERROR"):
            check(False, f"{name}: console error: {entry['message']}")
    # Every visible input has a label.
    unlabelled = driver.execute_script(
        "return [...document.querySelectorAll('input:not([type=hidden]),select,textarea')]"
        ".filter(e => !(e.labels && e.labels.length)).map(e => e.name)")
    check(not unlabelled, f"{name}: inputs without a label: {unlabelled}")
    low = driver.execute_script(CONTRAST)
    check(not low, f"{name}: text under WCAG AA contrast: {low}")
    small = driver.execute_script(
        "return [...document.querySelectorAll('button, nav a, label.choice')].filter(e => e.offsetParent)"
        ".filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim())")
    check(not small, f"{name}: tap targets under 44 px high: {small}")


try:
    # Pair this browser with the printed link.
    driver.get(f"{url}/pair?code={code}")
    driver.find_element(By.ID, "device").send_keys("Anna's phone")
    driver.find_element(By.ID, "reporter").send_keys("Anna")
    page_checks("1-pair")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "form.quick")))
    check(driver.execute_script("return document.cookie") == "", "the device cookie is visible to scripts")
    page_checks("2-today")

    # The keyboard reaches every control: Tab from the top gets to Save.
    body = driver.find_element(By.TAG_NAME, "body")
    body.click()
    reached = False
    for _ in range(60):
        webdriver.ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.execute_script("return document.activeElement.textContent.trim()") == "Save":
            reached = True
            break
    check(reached, "Tab does not reach the Save button")

    # Log a fever from Today: the urgent prompt shows at once.
    driver.find_element(By.CSS_SELECTOR, "input[name=term][value=temperature]").click()
    driver.find_element(By.ID, "value").send_keys("38.6")
    Select(driver.find_element(By.ID, "unit")).select_by_value("C")
    driver.find_element(By.CSS_SELECTOR, "form.quick button[type=submit]").click()
    wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".saved")))
    urgent = driver.find_elements(By.CSS_SELECTOR, ".flag.urgent")
    check(bool(urgent), "no urgent flag after a fever of 38.6 °C on treatment")
    check(any("Call now" in flag.text for flag in urgent), "the urgent flag does not say call now")
    colour = urgent[0].value_of_css_property("border-left-color") if urgent else ""
    check("164, 0, 15" in colour, f"the urgent flag is not red ({colour})")
    page_checks("3-fever-logged")

    # The check-in.
    driver.get(f"{url}/checkin")
    driver.find_element(By.ID, "temperature").send_keys("37.2")
    driver.find_element(By.ID, "note").send_keys("Slept well")
    page_checks("4-checkin")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".saved")))
    check("Saved 2 answers" in driver.find_element(By.CSS_SELECTOR, ".saved").text, "the check-in was not saved")
    page_checks("5-checkin-saved")

    # Acknowledge a flag.
    driver.get(f"{url}/flags")
    buttons = driver.find_elements(By.XPATH, "//button[normalize-space()='Mark as seen']")
    check(bool(buttons), "no flag to acknowledge")
    page_checks("6-flags")
    if buttons:
        buttons[0].click()
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, ".seen")))
        page_checks("7-flag-seen")

    # Entries, with the keyboard: Tab reaches the first link.
    driver.get(f"{url}/entries")
    check(len(driver.find_elements(By.CSS_SELECTOR, ".entries li")) == 3, "the entries page does not list the 3 entries")
    page_checks("8-entries")

    # The summary, printed.
    driver.get(f"{url}/summary")
    check("Leo" in driver.page_source, "the summary does not name Leo")
    driver.save_screenshot(os.path.join(shots, "9-summary.png"))
    for entry in driver.get_log("browser"):
        if entry["level"] in ("SEVERE", "ERROR"):
            check(False, f"summary: console error: {entry['message']}")
    pdf = base64.b64decode(driver.print_page())
    with open(os.path.join(shots, "summary.pdf"), "wb") as file:
        file.write(pdf)
    check(pdf.startswith(b"%PDF") and len(pdf) > 5000, "the summary did not print")
finally:
    driver.quit()

if problems:
    print(f"browser test: {len(problems)} problem(s)")
    sys.exit(1)
print(f"browser test: paired, logged a fever (urgent prompt shown), checked in, acknowledged a flag, printed the "
      f"summary; screenshots in {shots}/")
