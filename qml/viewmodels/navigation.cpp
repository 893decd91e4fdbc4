#include "navigation.h"

Navigation::Navigation(QObject* parent) : QObject(parent) {}

void Navigation::open(Page page, const QVariantMap& properties)
{
    if (page == Home) {
        backToHome();
        return;
    }
    if (!isStacked(page)) {
        Q_EMIT shown(page);
        return;
    }
    m_pages.append({page, properties});
    Q_EMIT pushed(page, properties);
    Q_EMIT pagesChanged();
}

void Navigation::back()
{
    pop(1);
}

void Navigation::backToHome()
{
    pop(depth());
}

void Navigation::close(Page page)
{
    if (page != Home && current() == page)
        pop(1);
}

void Navigation::pop(int count)
{
    count = qMin(count, depth());
    if (count <= 0)
        return;
    m_pages.resize(m_pages.size() - count);
    Q_EMIT popped(count);
    Q_EMIT pagesChanged();
}

void Navigation::replaceHome(HomeScreen screen)
{
    if (screen == m_home)
        return;
    m_home = screen;
    Q_EMIT homeChanged();
}

void Navigation::showMessage(const QString& text, const QString& actionLabel)
{
    if (!text.isEmpty())
        Q_EMIT messageShown(text, actionLabel);
}
