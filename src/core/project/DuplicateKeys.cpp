#include "project/DuplicateKeys.h"

#include <QList>
#include <QSet>
#include <algorithm>

namespace spfm::project {

namespace {

struct Frame
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    bool expectKey = true; // objects: the next string is a key
    qsizetype index = 0;   // arrays: the element being read
    QString key;           // objects: the key of the value being read
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string whose opening quote is at `i`; returns the index just past its closing quote. Decodes into `out`
// when given (RFC 8259 §7: \uXXXX are UTF-16 code units, so a surrogate pair becomes the two units QString holds).
qsizetype readString(const QByteArray &json, qsizetype i, QString *out)
{
    const qsizetype n = json.size();
    qsizetype run = ++i;
    const auto flush = [&](qsizetype end) {
        if (out && end > run)
            out->append(QString::fromUtf8(json.constData() + run, end - run));
    };
    while (i < n && json[i] != '"') {
        if (json[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char e = i + 1 < n ? json[i + 1] : '\0';
        i += 2;
        if (e == 'u') {
            char16_t unit = 0;
            for (int k = 0; k < 4 && i < n; ++k, ++i)
                unit = char16_t(unit * 16 + std::max(0, hexValue(json[i])));
            if (out)
                out->append(QChar(unit));
        } else if (out) {
            switch (e) {
            case 'b': out->append(QLatin1Char('\b')); break;
            case 'f': out->append(QLatin1Char('\f')); break;
            case 'n': out->append(QLatin1Char('\n')); break;
            case 'r': out->append(QLatin1Char('\r')); break;
            case 't': out->append(QLatin1Char('\t')); break;
            default: out->append(QLatin1Char(e)); break; // " \ /
            }
        }
        run = i;
    }
    flush(i);
    return i + 1;
}

QString childPath(const QList<Frame> &stack)
{
    if (stack.isEmpty())
        return {};
    const Frame &top = stack.last();
    if (top.object)
        return top.path.isEmpty() ? top.key : top.path + QLatin1Char('.') + top.key;
    return QStringLiteral("%1[%2]").arg(top.path).arg(top.index);
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray &json)
{
    QList<Frame> stack;
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[': {
            Frame f;
            f.object = c == '{';
            f.path = childPath(stack);
            stack.append(std::move(f));
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    stack.last().expectKey = true;
                else
                    ++stack.last().index;
            }
            ++i;
            break;
        case '"':
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &top = stack.last();
                QString key;
                const qsizetype start = i;
                i = readString(json, i, &key);
                top.expectKey = false;
                top.key = key;
                if (top.keys.contains(key))
                    return DuplicateKey{key, childPath(stack), start};
                top.keys.insert(std::move(key));
            } else {
                i = readString(json, i, nullptr);
            }
            break;
        default: ++i; break; // white space, ':', numbers, true, false, null
        }
    }
    return std::nullopt;
}

} // namespace spfm::project
