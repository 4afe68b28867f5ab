// Clicks through the response tabs of the operations on the page and opens each example picker; gives
// the labels the pickers show and offer, one per line. Redoc renders only the selected tab and a
// closed picker, so the labels are only in the page once clicked.
(async () => {
  const waitFor = async (check) => {
    const end = Date.now() + 3000;
    while (Date.now() < end) {
      const found = check();
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return null;
  };
  const labels = new Set();
  const readPickers = async () => {
    for (const picker of document.querySelectorAll('button[aria-label=Example]')) {
      labels.add(picker.textContent.trim());
      const before = new Set(document.querySelectorAll('[role=menu]'));
      picker.click();
      const menu = await waitFor(() => [...document.querySelectorAll('[role=menu]')].find((m) => !before.has(m)));
      if (menu) {
        menu.querySelectorAll('[role^=menuitem]').forEach((item) => labels.add(item.textContent.trim()));
        picker.click();
        await waitFor(() => !menu.isConnected);
      }
    }
  };
  await readPickers();
  for (const tab of document.querySelectorAll('button[role=tab]')) {
    tab.click();
    await waitFor(() => tab.getAttribute('aria-selected') === 'true');
    await readPickers();
  }
  return [...labels].join('\n');
})()
