// The demo page's English switch. The page text is Chinese in the HTML; this file holds the English
// and sets `lang` on <html> (the fangkong elements follow it). `?lang=en` opens the page in English.
(() => {
  const english = {
    skip: 'Skip to content',
    siteName: 'Demo City Health Commission',
    siteSub: 'Epidemic prevention and control services (demo site)',
    navLabel: 'Sections',
    navLatest: 'Bulletins',
    navQuarantine: 'Quarantine',
    navRisk: 'Risk areas',
    notice:
      'This page demonstrates the fangkong components. The bulletins, risk areas and quarantine rules shown come from example data and published protocols, for demonstration only; they are not official. All times are Beijing time.',
    latestHeading: 'Epidemic bulletins',
    quarantineHeading: 'Quarantine period',
    quarantineIntro:
      'Choose the region and your category and enter the start date (last contact, arrival, …) to see each phase with its dates, the test days and the release time, with the wording of the rule applied.',
    riskHeading: 'Risk areas',
    riskIntro:
      'Enter a residential community name to see its risk level, since when, and its earliest downgrade.',
    footer: 'fangkong demo site · example data · MIT licence',
  };
  const chinese = {};
  const titles = { 'zh-CN': document.title, en: 'Epidemic control services (demo)' };
  const nodes = document.querySelectorAll('[data-i18n]');
  for (const node of nodes) chinese[node.dataset.i18n] = node.textContent;
  const labelled = document.querySelectorAll('[data-i18n-label]');
  for (const node of labelled) chinese[node.dataset.i18nLabel] = node.getAttribute('aria-label');
  const button = document.getElementById('lang-switch');

  function apply(language) {
    const table = language === 'en' ? english : chinese;
    document.documentElement.lang = language;
    document.title = titles[language];
    for (const node of nodes) node.textContent = table[node.dataset.i18n];
    for (const node of labelled) node.setAttribute('aria-label', table[node.dataset.i18nLabel]);
    // The elements read `lang` from <html>; setting theirs makes each re-render at once.
    for (const element of document.querySelectorAll(
      'fangkong-latest, fangkong-quarantine, fangkong-risk-lookup',
    )) {
      element.setAttribute('lang', language);
    }
    button.textContent = language === 'en' ? '中文' : 'English';
    button.lang = language === 'en' ? 'zh-CN' : 'en';
    button.setAttribute('aria-label', language === 'en' ? '切换到中文' : 'Switch to English');
  }

  button.addEventListener('click', () => {
    const next = document.documentElement.lang === 'en' ? 'zh-CN' : 'en';
    apply(next);
    const url = new URL(location.href);
    if (next === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
  });
  apply(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN');
})();
