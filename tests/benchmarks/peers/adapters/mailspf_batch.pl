#!/usr/bin/perl
# Mail::SPF (Debian libmail-spf-perl) over a check-host batch: one process for the whole batch, one result a line.
#
# Reads "IP SENDER HELO" lines ("<>" is the null sender, checked as postmaster@HELO, RFC 7208 §2.4) and prints the
# result code of each, in input order, asking the benchmark's server through a Net::DNS resolver.
#
# Usage: mailspf_batch.pl SERVER PORT BATCH_FILE
use strict;
use warnings;
use Mail::SPF;
use Net::DNS::Resolver;

my ($server, $port, $path) = @ARGV;
die "usage: $0 SERVER PORT BATCH_FILE\n" unless defined $path;

my $resolver = Net::DNS::Resolver->new(
    config_file => '/dev/null',
    nameservers => [$server],
    port        => $port,
    recurse     => 1,
    retry       => 2,
    retrans     => 2,
    udp_timeout => 2,
    tcp_timeout => 2,
);
my $spf = Mail::SPF::Server->new(dns_resolver => $resolver);

open(my $in, '<', $path) or die "cannot read $path: $!\n";
my @out;
while (my $line = <$in>) {
    my @f = split ' ', $line;
    next if !@f || $f[0] =~ /^#/;
    my ($ip, $sender, $helo) = ($f[0], $f[1], $f[2] // '');
    $sender = "postmaster\@$helo" if $sender eq '<>';
    my $code = eval {
        my $request = Mail::SPF::Request->new(
            scope         => 'mfrom',
            identity      => $sender,
            ip_address    => $ip,
            helo_identity => $helo,
        );
        $spf->process($request)->code;
    };
    # A request the library refuses to build (it validates the identity) is a result worth seeing, not a stop.
    $code = 'exception:' . ((split /\n/, $@)[0] =~ s/\s+/_/gr) unless defined $code;
    push @out, $code;
}
print join("\n", @out), "\n";
