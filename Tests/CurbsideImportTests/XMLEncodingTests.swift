import CurbsideStore
import Foundation
import XCTest
@testable import CurbsideImport

/// Issue #11: GraphML and GEXF in any encoding never crash the importer. Documents not in UTF-8
/// went to Foundation's `XMLParser`, whose callbacks crashed on broken XML declarations the
/// fuzzer found (SEGV from strlen(NULL) for a processing instruction, traps in the comment and
/// start-element callbacks); now every document is read by the byte-level tokenizer, other
/// encodings transcoded to UTF-8, and a declaration that is malformed or names an encoding
/// that is not read is refused (line 1, `bad-encoding`, exit 3).
final class XMLEncodingTests: XCTestCase {
    /// A fuzzer finding (its bytes as base64; the detect and store targets' first byte, which
    /// only picks the file name, left out) and the error it gives.
    private struct Finding {
        var source: String
        var name: String
        var base64: String
        var expected: ImportError
    }

    private static func badEncoding(_ name: String) -> ImportError {
        ImportError(file: name, location: "line 1",
                    expected: "an XML declaration naming a supported encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252, US-ASCII)",
                    reason: "bad-encoding")
    }

    /// Every XML reproducer in Fuzz/findings/graphml, gexf, detect and store (the others there are CSV).
    private static let findings: [Finding] = [
        // graphml/crash-minimized-xml-declaration.graphml: `<?xmlencodingt?>` (XMLParser: SEGV, strlen(NULL) in the PI callback): no space after `xml`, so a processing instruction, and no root element after it
        Finding(source: "graphml/crash-minimized-xml-declaration.graphml", name: "graph.graphml",
                base64: "PD94bWxlbmNvZGluZ3Q/Pg==",
                expected: ImportError(file: "graph.graphml", location: "line 1, column 17",
                        expected: "well-formed XML (XML parser error 4: expected a root element); the rest of the file is not read", reason: "bad-xml")),
        // graphml/crash-8177410592f92e86bb975f51b840f9519c733313: `encoding="UTF-- A yEd …`: a quoted name running on with spaces
        Finding(source: "graphml/crash-8177410592f92e86bb975f51b840f9519c733313", name: "graph.graphml",
                base64: "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLS0gQSB5RWQgZGlhZ3JhbWhtbC5ncmFwaGRyYXdpbmcub3JnL3g8"
                + "P3htbWwgdmVyc2lvbj0iMS4wIiBlbmNvZGlu/2c9IlVURi04Im5vIj8+CjzTIS0tIEEgeUVkIGRtbG5zIiB4bWxuczp5PSJo"
                + "dHRwOi8vd3d3Lnl3b3Jrcy5jb20veG1sL2dyYXBobWwiPgogIDxrZXkgZmlv",
                expected: badEncoding("graph.graphml")),
        // graphml/crash-a2da2c769559e1ce4d8c450b4084a21bfe629917: `encoding=data-8"`: an unquoted name
        Finding(source: "graphml/crash-a2da2c769559e1ce4d8c450b4084a21bfe629917", name: "graph.graphml",
                base64: "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz1kYXRhLTgiPz4KPCEtLSBBIE5vZGVYTC1zdHlsPD94bWwgdmVyc2lvbj0i"
                + "MS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBBIEdlcGhpIC8gTmV0d29ya1gtc3R5bGUgdW5kaXJlY3RlZCBHcmFwaE1M"
                + "IGZpbGUgd2l0aCBmaWN0aW9uYWwgYWNjb3VudHMuIE5vZGUgMiBob2xkcyBtYXJrdXAKICAgICBpbnNpZGUgYSA8ZGGMmT4g"
                + "dmFsdWU6IGNvbnRlbnQsIG5vdCBncmFwaCBzdHJ1Y3R1cmUgKGl0cyA8ZWRnZT4gaXMgbm8gZWRnZSkuIC0tPgo8Z3JhcGht"
                + "bCB4bWxucz0iaHR0cDovL2dyYXBobWwuZ3JhcGhkcmF3aW5nLm9yZy94bWxucyIgeG1sbnM6eHNpPSJodHRwOi8vd3d3Lncz"
                + "Lm9yZy8yMDAxL1hNTFNjaGVtYS1pbnN0YW5jZSI+CiAgPGtleSBhdHRyLm5hbWU9ImxhYmVsIiBhdHRyLnR5cGU9InN0cmlu"
                + "ZyIgZm9yPSJub2RlIiBpZD0ibGFiZWwiIC8+CiAgPGtleSBhdHRyLm5hbWU9InNwZWNpYWx0eSIgYXR0ci50eXBlPSJzdHJp"
                + "bmciIGZvcj0ibm9kZSIgaWQ9ImQxIiAvPgogIDxrZXkgYXR0ci5uYW1lPSJXZWlnaHQib2Rpbmc9IlVURi04Ij8+CjwhLS0g"
                + "QSBHZXBoaSAvIE5ldHdvcmtYLXN0eWxlIHVuZGlyZWN0ZWQgR3JhcGhNTCBmaWxlIHdpdGggZmljdGlvbmFsIDhhY2NvdW50"
                + "cy4gTm9kZSAyIGhvbGRzIG1hcmt1cAogICAgIGluc2lkZSBhIDxkYXRhPiB2YWx1ZTogY29udGVudCwgbm90IGdyYXBoIHN0"
                + "cnVjdHVyZSAoaXRzIDxlZGdlPiBpcyBubyBlZGdlKS4gLS0+CjxncmFwaG1sIHhtbG5zPSJodHRwOi8vZ3JhcGhtbC5ncmFw"
                + "aGRyYXdpbmcub3JnL3htbG5zIiB4bWxuczp4c2k9Imh0dHA6Ly93d3cudzMub3JnLzIwMDEvWE1MU2NoZW1hLWluc3RhbmNl"
                + "Ij4KICA8a2V5IGF0dHIubmFtZT0ibGFiZWwiIGF0dHIudHlwZT0ic3RyaW5nIiBmb3I9Im5vZGUiIGlkPSJsYWJlbCIgLz4K"
                + "ICA8a2V5IGF0dHIubmFtZT0ic3BlY2lhbHR5IiBhdHRyLnR5cGU9InN0cmluZyIgZm9yPSJub2RlIiBpZD0iZDEiIC8+CiAg"
                + "PGtleSBhdHRyLm5hbWU9IldlaWdodCIgYXR0ci50eXBlPSJlIC4gLS0+CjxncmFwaG1sIHhtbG4BAAAAAAAAAHM9Imh0dHA6"
                + "Ly9ncmFwaG1sLmdyYXBoZHJhd2luZy5vcmcveG1sbnMiPgogIDxrZXkgaWQ9IlYtVmVydGV4IiBmb3I9Im5vZGUiIGF0dHIu"
                + "bmFtZT0iVmVydGV4IiBhdHRyLnR5cGU9InN0cmluZyIgLz4KICA8a2V5IGlkPSJWLU5hbWUiIGZvcj0ibm9kZSIgYXR0ci5u"
                + "YW1lPSJOYW1lIiBhdHRyLnR5cGU9InN0cmluZyIgLz4KICA8a2V5IGlkPSJWLURlc2NyaXB0aW9uIiBmb3I9Im5vZGUiIGF0"
                + "dHIubmFtZT0iRGVzY3JpcHRpb24iIGF0dHIudHlwZT0ic3RyaW5nIiAvPgogIDxrZXkgaWQ9IlYtRm9sbG93ZXJzIiBmb3I9"
                + "Im5vZGUiIJWLi43RkZ6SZT0iRm9sbG93ZXJzIiBhdHRyLnR5cGU9ImludCIgLz4KICA8a2V5IGlkPSJWLSBhdHRyLnR5cGU9"
                + "ImUgVHdpdHRlciBuZXR3b3JrIGV4cG9ydCB3aXRoIGZpY3Rpb25hbCBhY2NvdW50cy4gLS0+CjxncmFwaG1sIHhtbG5zPSJo"
                + "dHRwOi8vZ3JhcGhtbC5ncmFwaGRyYXdpbmcub3JnL3htbG5zIj4KICA8a2V5IGlkPSJWLVZlcnRleCIgZm9yPSJub2RlIiBh"
                + "dHRyLm5hbWU9IlZlcnRleCIgYXR0ci50eXBlPSJzdHJpbmciIC8+CiAgPGtleSBpZD0iVi1OYW1lIiBmb3I9Im5vZGUiIGF0"
                + "dHIubmFtZT0iTmFtZSIgYXR0ci50eXBlPSJzdHJpbmciIC8+CiAgPGtleSBpZD0iVi1EZXNjcmlwdGlvbiIgZm9yPSJub2Rl"
                + "IiBhdHRyLm5hbWU9IkRlc2NyaXB0aW9uIiBhdHRyLnR5cGU9InN0cmluZyIgLz4KICA8a2V5IGlkPSJWLUZvbGxvd2VycyIg"
                + "Zm9yPSJub2RlIiBhdHRyLm5hbWU9IkZvbGxvd2VycyIgYXR0ci50eXBlPSJpbnQiIC8+CiAgPGtleSBpZD0iVi1Gb2xsb3dk"
                + "b3VibGUiIGZvcj0iZWRnZSIgaWQ9IndlaWdodCIgLz4KICA8Z3JhcGggZWRnZWVkIiBmb3I9Im5vZGUiIGF0dHIubmFtZT0i"
                + "Rm9sbG93ZWQiIGF0dHIudHlwZT1kZWZhdWx0PSJ1bmRpcmVjdGVkIj4KICAgIDxub2RlIGlkPSJpbnQiIC8+IjEiPjxkYXRh"
                + "IGtleT0ibGFiZWwiPkRyIEZpY3Rpb24K",
                expected: badEncoding("graph.graphml")),
        // graphml/crash-8f637f3d659b449c4e287ba625e1bd88cadcd1e9: UTF-8, NUL bytes in a node label (issue #11 item 7: a bad record)
        Finding(source: "graphml/crash-8f637f3d659b449c4e287ba625e1bd88cadcd1e9", name: "graph.graphml",
                base64: "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPCEtLSBBIEdlcGhpIC8gTmV0d29ya1gtc3R5bGUgdW5k"
                + "aXJlY3RlZCBHcmFwaE1MIGZpbGUgd2l0aCBmaWN0aW9uYWwgYWNjb3VudHMuIE5vZGUgMiBob2xkcyBtYXJrdXAKICAgICBp"
                + "bnNpZGUgYSA8ZGF0YT4gdmFsdWU6IGNvbnRlbnQsIG5vdCBncmFwaCBzdHJ1Y3R1cmUgKGl0cyA8ZWRnZT4gaXMgbm8gZWRn"
                + "ZSkuIC0tPgo8Z3JhcGhtbCB4bWxucz0iaHR0cDovL2dyYXBobWwuZ3JhcGhkcmF3aW5nLm9yZy94bWxucyIgeG1sbnM6eHNp"
                + "PSJodHRwOi8vd3d3LnczLm9yZy8yMDAxL1hNTFNjaGVtYS1pbnN0YW5jZSI+CiAgPGtleSBhdHRyLm5hbWU9ImxhYmVsIiBh"
                + "dHRyLnR5cGU9InN0cmluZyIgZm9yPSJub2RlIiBpZD0ibGFiZWwiIC8+CiAgPGtleSBhdHRyLm5hbWU9InNwZWNpYWx0eSIg"
                + "YXR0ci50eXBlPSJzdHJpbmciIGZvcj0ibm9kZSIgaWQ9ImQxIiAvPgogIDxrZXkgYXR0ci5uYW1lPSJXZWlnaHQiIGF0dHIu"
                + "dHlwZT0iZG91YmxlIiBmb3I9ImVkZ2UiIGlkPSJ3ZWlnaHQiIC8+CiAgPGdyYXBoIGVkZ2VkZWZhdWx0PSJ1bmRpcmVjdGVk"
                + "Ij4KICAgIDxub2RlIGlkPSIxIj48ZGF0YSBrZXk9ImxhYmVsIj5EciBGDwAAAAAAAABpY3Rpb25hbCBGaWM8L2RhdGE+PGRh"
                + "dGEga2V5PSJkMSI+Z2VuZXJhbCBwcmFjdGljZTwvZGF0YT48L25vZGU+CiAgICA8bm9kZSBpZD0iMiI+PGRhdGEga2V5PSJs"
                + "YWJlbCI+RHIgRmljdGlvbmFsIERlcm08L2RhdGE+PGRhdGEga2V5PSJkMSI+PHN2ZzpnIHhtbG5zOnN2Zz0iaHR0cDovL3d3"
                + "dy53My5vcmcvMjAwMC9zdmciPjxzdmc6bm9kZS8+PGVkZ2Ugc291cmNlPSJ4IiB0YXJnZXQ9InkiLz48L3N2ZzpnPjwvZGF0"
                + "YT48L25vZGU+CiAgICA8bm9kZSBpZD0iMyI+PGRhdGEga2V5PSJsYWJlbCI+TnVyc2UgRmljdGlvbmFsPC9kYXRhPjwvbm9k"
                + "ZT4KICAgIDxlZGdlIHNvdXJjZT0iMSIgdGFyZ2V0PSIyIj48ZGF0YSBrZXk9IndlaWdodCI+Mi4wPC9kYXRhPjwvZWRnZT4K"
                + "ICAgIDxlZGdlIHNvdXJjZT0iMiIgdGFyZ2V0PSIzIiBkaXJlY3RlZD0idHJ1ZSIgLz4KICAgIDxlZGdlIHNvdXJjZT0iMyIg"
                + "dGFyZ2V0PSIzIiAvPgogIDwvZ3JhcGg+CjwvZ3JhcGhtbD4K",
                expected: ImportError(file: "graph.graphml", location: "record 1",
                        expected: "no NUL byte in the name (it would cut the value short)", reason: "nul-byte")),
        // gexf/crash-minimized-start-element.gexf: `<?xml vencoding tim>` then `<\u{FF}0="` (XMLParser: a trap in the start-element callback)
        Finding(source: "gexf/crash-minimized-start-element.gexf", name: "graph.gexf",
                base64: "PD94bWwgdmVuY29kaW5nIHRpbT4KPP8wPSI=",
                expected: badEncoding("graph.gexf")),
        // gexf/crash-2b328c9bb25c7115814fd43e206add384dab06d5: a second `<?xml` inside the first declaration, naming UTF-7
        Finding(source: "gexf/crash-2b328c9bb25c7115814fd43e206add384dab06d5", name: "graph.gexf",
                base64: "PD94bWwgdmVyc2lvbj0iMS4wIjw/eG1sIHZlcnNpb249IjEuMCIgZW5jb2Rpbmc9IlVURi03Ij8+CjwhLS0gQSBHZXBoaSAw"
                + "LjEwIGR5bmFtaWMgZXhwb3J0IChHRVhGIDEuMykgd2l0aCBmaWN0aW9uYWwgYWNjb3VudHMuIC0tPgo8Z2V4ZiB4bWxucz0i"
                + "aHR0cDovL2dleGYubmV0LzEuMyIgeG1sbnM6dml6PSJodHRwOi8vZ2V4Zi5uZXQvMS4zL3ZpeiIgdmVyc2lvbj0iMS4zIj4K"
                + "ICA8bWV0YSBsYXN0bW9kaWZpZWRkYXRlPSIyMDI0LTAyLTIyIj48Y3JlYXRvcj5HZXBoaSAwLjEwLjE8L2NyZWF0b3I+PC9t"
                + "ZXRhIGVuY29kaW5nPSJVVEYtOCI/Pgo8IS0tIEdFWEYgMS4yLCB1bmRpcmVjdGVkLCBhYnP//////////291YmxlKSB0aW1l"
                + "czogdGhlIHRpbWVzIGFyZSBzdGVwcywgbm90IGRhdGVzLiAtLT4KPGdleGYgeG1sbnM9Imh0dHA6Ly93d3cuZ2V4Zi5uZXQv"
                + "MS4yZHJhZnQiIHZlcnNpb249IjEuMiI+CiAgPGdyYXBoIGRlZmF1bHRlZGdldHlwZT0idW5kaXJl7////2N0ZWQiIG1vZGU9"
                + "ImR5bmFtaWMiIHRpbWVmb3JtYXQ5ImRvdWJsZSI+CiAgICA8bm9kZXM+CiAgPGdyYXBoID4KICAgICAgPG5vZGUgaWQ9ImEi"
                + "IGxhYmVsPSJkcl9maWN0aW9uYWxfZmljIi8+CiAgICAgIDxkZQ==",
                expected: badEncoding("graph.gexf")),
        // gexf/crash-a2067a0053b25736449cf54f3e1b2a1d2e4c244d: `encoding"UTF-x"`: no `=`
        Finding(source: "gexf/crash-a2067a0053b25736449cf54f3e1b2a1d2e4c244d", name: "graph.gexf",
                base64: "PD94bWwgdmVyc2lvbj0iMC4wIiBlbmNvZGluZyJVVEYteCI/Pgo8IS0tIEdFWEYgMS4yLCB1bmRpcmVjdGVkLCBhYnN0cmFj"
                + "dCAoZHdpdGggZmljdGm+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+"
                + "vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+vr6+KG5hbCBh"
                + "Y2NvdW50cy4gLS0+CjxnZXhmIHhvdWJsZSkgdGltZXM6IHRoZSB0bWxucz0iaHR0",
                expected: badEncoding("graph.gexf")),
        // gexf/crash-ffd70879bc2adb44aaf3dcbc82a3b2d646339b40: `encodingthe timr …`: no value and no `?>`
        Finding(source: "gexf/crash-ffd70879bc2adb44aaf3dcbc82a3b2d646339b40", name: "graph.gexf",
                base64: "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZ3RoZSB0aW1yIGVhc2Ugc3RlcHMsIG5vdCBkYXRlcy4gLS0+CjxnZXhmIHht"
                + "bG5zPSJodHRwOi8vd3d3LmdleGYubmV0LzEuMmRyYWZ0IiB2ZXJzaW9uPSIxLjIiPgogIDxncmFwaCBkZWZhdWx0ZWRnZXR5"
                + "cGU9InVuZGlyZWN0ZWQiIG1vZGU9ImR5bmFtaWMiIHRpbWVmb3JtYXQ9ImRvdWJsZSI+CiAgICA8bm9kZXM+CiAgICAgIDxu"
                + "b2RlIGlkPSJhIiBsYWJlbD0iZHJfZmljdGlvbmFsX2YKYyIvPgogICAgICA8bm9kZSBpZD0i4iIgbGFiZWw9ImxyX2ZpY3Rp"
                + "b25hbF9kZXJtIi8+CiAgICA8L25vZGVzPgogICAgPGVkZ2VzPgogICAgICA8ZWRnZSBpZD0iMCIgc291cmNlPSJhIiB0YXJn"
                + "ZXQ9ImIiIHN0YXJ0PSIxLjAiIGVuZD0iMy4wIiB3ZWlnaMZ0PSIxLjUiLz4KICAgIDwvZWRnZXM+CiAgPC9ncmFwaD4KPC9n"
                + "ZXhmPgo=",
                expected: badEncoding("graph.gexf")),
        // detect/crash-c4e8d2760eb5d90698754d2c608682535dda9a94: (detect target: first byte 0x06 names it input.xml) `<?xml versi\u{89}…`, encoding UTF-6
        Finding(source: "detect/crash-c4e8d2760eb5d90698754d2c608682535dda9a94", name: "input.xml",
                base64: "PD94bWwgdmVyc2mJkcLdztHP3SBlbmNvZGluZz0iVVRGLTYiPz4KPCEtLSBHRVhGIDEuMiwgdW5kaXJlY3RlZCwgYWJzlnJh"
                + "Y3QgKGRvdWJsZSkgdGltZXM6IHRoZSB0aW1lcyBhcmUgc3RlcHMsIG5vdCBkYXRlcy4gLS0+CjxnZXhmIHhtbG5zPSJodHRw"
                + "Oi8vd3d3LmdleGYubmV0LzEuMmRyYWZ0IiB2ZXJzaW9uPSIxLjIiPgogIDxncmFwaCBkZWZhdWx0ZWRnZXR5cGU9InVuGRkZ"
                + "GRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZGRkZZGlyZWN0ZWQiIG1vZGU9"
                + "ImR5bmFtaWMiIHRpbWVmb3JtYXQ9ImRvdWJsZSI+CiAgICA8bm9kZXM+CiAgICAgIDxub2RlIGlkPSJhIiBsYWJlbD0iZHJf"
                + "ZmljdGlvbmFsX2ZpYyIvPgogICAgICD/////PG5vZGUgaWQ9ImIiIGxhYmVsPSJkcl9maWN0aW9uYWxfZGVybSIvPgogICAg"
                + "PC9ub2RlLj4KICAgIDxlZGdlcz4KICAgICAgPGVkZ2UgaWQ9IjAiIHNvdXJjZT0iYSIgdGFyZ2V0PSJiIiBzdGFydD0iMS4w"
                + "IiBlbmQ9IjMuMCIgd2VpZ2h0PSIxLjUiLz4KICAgIDwvZWRnZXM+CiAgPC9ncmFwaD4KPC9nZXhmPgo=",
                expected: badEncoding("input.xml")),
        // store/crash-56d0ed076c0e71b85346b2569c79932201792565: (store target: first byte 0x08 names it input.gexf) `encoding="port (GEXF 1.3) …`
        Finding(source: "store/crash-56d0ed076c0e71b85346b2569c79932201792565", name: "input.gexf",
                base64: "PD94bWwgdmVyc2lvbj0iMi4wIiBlbmNvZGluZz0icG9ydCAoR0VYRiAxLjMpIHdpdGggZmljdGlvem5hbCBhY2NvdW50cy4g"
                + "LS0+CjxnZXjBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBZiB4bWxucz0iaHR0cDovL2dleGYubmV0LzEuMyIgeG1sb249"
                + "IjEuMyI+YwogCiA=",
                expected: badEncoding("input.gexf")),
    ]

    /// Each finding gives its error (strict), or the same error as a problem with nothing read
    /// (lenient), and never a crash.
    func testFuzzerFindingsGiveCleanErrors() throws {
        let dir = try TestSupport.tempDirectory(self)
        for finding in XMLEncodingTests.findings {
            let bytes = try XCTUnwrap(Data(base64Encoded: finding.base64), finding.source)
            let path = try TestSupport.write(Array(bytes), to: dir.appendingPathComponent(UUID().uuidString), finding.name)
            var expected = finding.expected
            if expected.reason == "nul-byte" { expected.file = path } // the NUL check names the path as given
            XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }, expected, finding.source)
            if finding.expected.reason == "bad-encoding" {
                let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
                XCTAssertEqual(result.problems, [finding.expected], finding.source)
                XCTAssertEqual(result.recordsRead, 0, finding.source)
                XCTAssertTrue(sink.accounts.isEmpty && sink.edges.isEmpty, finding.source)
            }
        }
    }

    /// The store finding through a store import: refused, and the store is left empty.
    func testStoreFindingLeavesTheStoreEmpty() throws {
        let finding = try XCTUnwrap(XMLEncodingTests.findings.first { $0.source.hasPrefix("store/") })
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write(Array(try XCTUnwrap(Data(base64Encoded: finding.base64))), to: dir, finding.name)
        let store = try Store.inMemory()
        let source = try Importer.prepare(path, options: ImportOptions())
        let error = TestSupport.importError {
            _ = try store.importSource(path: source.path, format: source.format.rawValue, sha256: source.sha256) { session in
                let result = try Importer.read(source, options: ImportOptions(), into: session)
                return ImportCounts(read: result.recordsRead, skipped: result.recordsSkipped)
            }
        }
        XCTAssertEqual(error, finding.expected)
        XCTAssertEqual(try store.sources().count, 0)
        XCTAssertEqual(try store.statistics().accounts, 0)
    }

    // MARK: Round trips

    /// A GraphML document with accented names, a Windows-1252 euro sign and curly quotes, and
    /// (in UTF-16) a character outside the BMP; `encoding` is the declared name.
    private func graphML(_ encoding: String?, name: String) -> String {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        return declaration + """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="n" for="node" attr.name="name" attr.type="string"/>
          <key id="h" for="node" attr.name="handle" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="1"><data key="n">\(name)</data><data key="h">dr_rene_fic</data></node>
            <node id="2"><data key="n">Nurse Zo\u{EB} &amp; co</data></node>
            <edge source="1" target="2"/>
          </graph>
        </graphml>

        """
    }

    private func read(_ bytes: [UInt8], _ label: String) throws -> (ImportResult, RecordCollector) {
        let path = try TestSupport.write(bytes, to: try TestSupport.tempDirectory(self).appendingPathComponent(label), "graph.graphml")
        let (result, sink, _) = try TestSupport.load(path)
        return (result, sink)
    }

    private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        ((bom ? [0xFEFF] : []) + Array(text.utf16)).flatMap { (u: UInt16) -> [UInt8] in
            bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
    }

    /// ISO-8859-1 and Windows-1252 documents read as their UTF-8 twin, names decoded.
    func testLatin1AndWindows1252GraphMLRoundTrip() throws {
        let name = "Dr Ren\u{E9} M\u{FC}ller"
        let (r0, s0) = try read(Array(graphML("UTF-8", name: name).utf8), "utf8")
        XCTAssertEqual(s0.accounts.map(\.name), [name, "Nurse Zo\u{EB} & co"])
        XCTAssertEqual(s0.edges.count, 1)
        let latin1 = try XCTUnwrap(graphML("ISO-8859-1", name: name).data(using: .isoLatin1))
        XCTAssertEqual(latin1.count, graphML("ISO-8859-1", name: name).unicodeScalars.count) // one byte a character
        let (r1, s1) = try read(Array(latin1), "latin1")
        XCTAssertEqual(s1.accounts, s0.accounts)
        XCTAssertEqual(s1.edges, s0.edges)
        XCTAssertEqual(r1.counts, r0.counts)
        // Windows-1252: 0x80 is the euro sign, 0x93/0x94 curly quotes, 0x81 (unassigned) U+0081.
        var cp1252 = Array(graphML("windows-1252", name: "Dr Q").utf8)
        let q = cp1252.firstIndex(of: UInt8(ascii: "Q"))!
        cp1252.replaceSubrange(q ... q, with: [0x93, 0x80, 0x94, 0x81, 0xE9])
        let (_, s2) = try read(cp1252, "cp1252")
        XCTAssertEqual(s2.accounts.first?.name, "Dr \u{201C}\u{20AC}\u{201D}\u{81}\u{E9}")
    }

    /// UTF-16 documents, both byte orders, with and without a byte order mark or declaration,
    /// read as their UTF-8 twin, a surrogate pair (U+1FA7A) included.
    func testUTF16GraphMLRoundTrip() throws {
        let name = "Dr Ren\u{E9} \u{1FA7A} \u{20AC}"
        let (r0, s0) = try read(Array(graphML("UTF-8", name: name).utf8), "utf8")
        XCTAssertEqual(s0.accounts.first?.name, name)
        let cases: [(String, String?, Bool, Bool)] = [
            ("le-bom", "UTF-16", false, true), ("be-bom", "UTF-16", true, true), ("le", "UTF-16LE", false, false),
            ("be", "UTF-16BE", true, false), ("be-bom-undeclared", nil, true, true), ("le-bom-undeclared", nil, false, true),
        ]
        for (label, declared, big, bom) in cases {
            let (r, s) = try read(utf16(graphML(declared, name: name), bigEndian: big, bom: bom), label)
            XCTAssertEqual(s.accounts, s0.accounts, label)
            XCTAssertEqual(s.edges, s0.edges, label)
            XCTAssertEqual(r.counts, r0.counts, label)
            XCTAssertEqual(r.recordsRead, 3, label)
        }
    }

    /// Damaged UTF-16 is bad XML at its line: a lone surrogate, an odd number of bytes.
    func testDamagedUTF16IsBadXMLAtItsLine() throws {
        var lone = utf16(graphML("UTF-16", name: "Dr X"), bigEndian: false, bom: true)
        let x = lone.firstIndex(of: UInt8(ascii: "X"))!
        lone[x] = 0x3D; lone[x + 1] = 0xD8 // U+D83D, a high surrogate followed by `<`
        let odd = utf16(graphML("UTF-16", name: "Dr X"), bigEndian: true, bom: true) + [0x00]
        let lines = graphML("UTF-16", name: "Dr X").split(separator: "\n", omittingEmptySubsequences: false)
        for (label, bytes, line, column, what) in [
            ("lone", lone, 6, 35, "UTF-16 text (a high surrogate followed by a low one)"),
            ("odd", odd, lines.count, 1, "UTF-16 text (an even number of bytes)"),
        ] {
            let dir = try TestSupport.tempDirectory(self).appendingPathComponent(label)
            let path = try TestSupport.write(bytes, to: dir, "graph.graphml")
            XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) },
                           ImportError(file: "graph.graphml", location: "line \(line), column \(column)",
                                       expected: "well-formed XML (XML parser error 9: expected \(what)); the rest of the file is not read",
                                       reason: "bad-xml"), label)
        }
    }

    /// Declarations naming encodings that are not read, or UTF-16 for single-byte text, or
    /// UTF-32 bytes: refused at line 1 before anything is read.
    func testUnsupportedEncodingsAreRefused() throws {
        let cases: [(String, [UInt8])] = [
            ("ebcdic", Array(graphML("EBCDIC-US", name: "Dr A").utf8)),
            ("utf7", Array(graphML("UTF-7", name: "Dr A").utf8)),
            ("utf16-named", Array(graphML("UTF-16", name: "Dr A").utf8)),
            ("utf32", [0xFF, 0xFE, 0x00, 0x00] + graphML(nil, name: "Dr A").unicodeScalars.flatMap { s -> [UInt8] in
                [UInt8(s.value & 0xFF), UInt8(s.value >> 8 & 0xFF), UInt8(s.value >> 16), 0]
            }),
        ]
        for (label, bytes) in cases {
            let dir = try TestSupport.tempDirectory(self).appendingPathComponent(label)
            let path = try TestSupport.write(bytes, to: dir, "graph.graphml")
            XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }, XMLEncodingTests.badEncoding("graph.graphml"), label)
        }
    }

    /// A UTF-16 GraphML file named `.xml` is detected by its root element (the detection read
    /// the first 4 KiB as UTF-8 and gave up at the first NUL byte: an unknown format).
    func testUTF16GraphMLIsDetectedByItsRootElement() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write(utf16(graphML("UTF-16", name: "Dr A"), bigEndian: false, bom: true), to: dir, "graph.xml")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .graphml)
        XCTAssertEqual(sink.accounts.map(\.name), ["Dr A", "Nurse Zo\u{EB} & co"])
        XCTAssertEqual(result.recordsRead, 3)
    }
}
