# Runs ikiwiki's own preprocess (IkiWiki.pm, prefix_directives on) over each JSON string of the
# input array, with a hook for every name in ARGV that records its parameters in order and leaves
# U+0001 in the text; prints a JSON array of { out, calls }.
use strict;
use warnings;
use IkiWiki;
use JSON::PP;

%IkiWiki::config = IkiWiki::defaultconfig();
$IkiWiki::config{prefix_directives} = 1;
my @calls;
for my $name (@ARGV) {
	IkiWiki::hook(type => 'preprocess', id => $name, call => sub {
		my @params = @_;
		my @pairs;
		while (@params) {
			my ($key, $value) = splice(@params, 0, 2);
			last if $key eq 'page';
			push @pairs, [$key, $value];
		}
		push @calls, { name => $name, params => \@pairs };
		return "\x01";
	});
}
my $json = JSON::PP->new->utf8->canonical;
local $/;
my @results;
for my $text (@{ $json->decode(<STDIN>) }) {
	@calls = ();
	my $out = IkiWiki::preprocess('page', 'page', $text);
	push @results, { out => $out, calls => [@calls] };
}
print $json->encode(\@results);
