// The DNS reply path, bytes in to what the engine sees, as DnsTransport and LiveResolver take it for a UDP datagram or
// a TCP message: ldns decodes the bytes, the reply must match its query (RFC 5452 §9.1), its rcode is mapped, the
// resolver walks the CNAME chain and picks the records of the asked type, and the SPF engine joins TXT strings
// (RFC 7208 §3.3) and parses what looks like a policy. Any bytes must go through without crashing, hanging or leaking,
// and what comes out must be something the engine can trust the shape of.
#include "dns/LiveResolver.h"
#include "dns/WireCodec.h"
#include "spf/Parser.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace spfm::dns;

// Names come out of the decoder in the one form the cache and every comparison use.
bool isNormalized(const QByteArray &name)
{
    return normalizeName(name) == name;
}

void checkRecords(const QList<ResourceRecord> &records)
{
    for (const ResourceRecord &r : records) {
        if (!isNormalized(r.owner) || !isNormalized(r.target))
            std::abort();
        qsizetype joined = 0;
        for (const QByteArray &s : r.strings) {
            if (s.size() > 255) // one character-string, RFC 1035 §3.3
                std::abort();
            joined += s.size();
        }
        if (r.joinedText().size() != joined)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<wire::Message> message = wire::decode(bytes);
    if (!message)
        return 0;
    if (!isNormalized(message->questionName))
        std::abort();
    checkRecords(message->answer);
    checkRecords(message->authority);

    // Asked exactly what the reply claims to answer, so that the fuzzer reaches the resolver; the match then depends
    // only on the header and the question section.
    const Question question(message->questionName, RRType(message->questionType));
    const bool shouldMatch = message->isResponse && message->questionCount == 1 && message->questionClass == 1;
    if (wire::matchesQuery(*message, question, message->id) != shouldMatch)
        std::abort();
    if (wire::matchesQuery(*message, question, std::uint16_t(message->id + 1)))
        std::abort();
    if (!shouldMatch || message->truncated) // the transport ignores it, or asks again over TCP
        return 0;

    ServerReply reply;
    reply.rcode = wire::toResponseCode(message->rcode);
    reply.hasMessage = true;
    reply.message = *message;
    const ResolverOptions options;
    const ReplyInterpretation seen = interpretReply(question, reply, options);
    if (seen.ttl < options.minimumTtl || seen.ttl > options.maximumTtl)
        std::abort();
    if (seen.answer.isError() && !seen.answer.records.isEmpty())
        std::abort();
    if (seen.answer.cnames.size() > options.maxCnameChain + 1)
        std::abort();
    for (const ResourceRecord &r : seen.answer.records) {
        if (r.type != question.type)
            std::abort();
        // What the evaluator does with a TXT answer (RFC 7208 §4.5): join, select, parse.
        const QByteArray text = r.joinedText();
        if (spfm::spf::isSpfRecord(text))
            (void)spfm::spf::parseRecord(text);
    }
    return 0;
}
