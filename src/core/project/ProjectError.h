#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <utility>
#include <variant>

namespace spfm::project {

// Stable codes: the GUI and the CLI map them to their own wording; tests assert them.
enum class ErrorCode : std::uint8_t {
    None,
    // domain names
    DomainEmpty,
    DomainTooLong,
    DomainLabelEmpty,
    DomainLabelTooLong,
    DomainBadCharacter,
    DomainBadHyphen,
    DomainSingleLabel,
    DomainNumericTopLabel,
    DomainIdnInvalid,
    // model edits
    DuplicateDomain,
    SelfInclude,
    IndexOutOfRange,
    TermEmpty,
    TermHasWhitespace,
    TermIsAll,
    TermIsVersion,
    BadQualifier,
    BadAddress,
    DuplicateAddress,
    NoAddresses,
    BadTtl,
    BadResolverServer,
    BadResolverTimeout,
    BadResolverMode,
    // project file
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    FileSyntax,
    FileNotProject,
    FileNewerVersion,
    FileBadVersion,
    FileBadValue,
    FileWriteFailed,
    FileDuplicateKey, // a key twice in one object: the JSON parser would silently keep only the last value
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // one sentence, English, names the offending value
    QString where;   // JSON path ("dependents[3].domain") or file path; empty when not applicable
    int line = 0;    // 1-based, for FileSyntax and FileDuplicateKey
    int column = 0;  // 1-based (characters), for FileSyntax and FileDuplicateKey
};

// A value or the reason there is none.
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

private:
    std::variant<T, Error> m_data;
};

// The outcome of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::None : m_error->code; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString where = {})
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.where = std::move(where);
    return e;
}

} // namespace spfm::project
