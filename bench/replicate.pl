#!/usr/bin/env perl
# Reads one Reuters-21578 .sgm on stdin, writes it with a replica marker " #N" at the end of each
# article's text, so that replica N's articles have their own content_sha256 (ingest deduplicates
# identical texts) while their terms stay the same: numbers end a clause and make no term.
# The text is title + dateline + body (ReutersSgml), so the marker goes at the end of the last
# part present: BODY, else the UNPROC TEXT, else DATELINE, else TITLE.
use strict;
use warnings;
my $n = shift @ARGV or die "usage: replicate.pl N < reut2-000.sgm > rN-reut2-000.sgm\n";
local $/;
my $sgml = <STDIN>;
$sgml =~ s{(<REUTERS[^>]*>)(.*?)(</REUTERS>)}{$1 . mark($2) . $3}gse;
print $sgml;

sub mark {
  my ($body) = @_;
  for my $part ('</BODY>', 'UNPROC', '</DATELINE>', '</TITLE>') {
    if ($part eq "UNPROC") {
      next unless $body =~ /TYPE="UNPROC"/;
    }
    my $end = $part eq "UNPROC" ? "</TEXT>" : $part;
    my $at = index($body, $end);
    if ($at >= 0) {
      substr($body, $at, 0) = " #$n";
      return $body;
    }
  }
  return $body;
}
