import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG with XMLParser: reports whether it is well-formed, every element name, and
/// the text of each `<text>` element.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var texts: [String] = []
    private(set) var wellFormed = false
    private(set) var parseError: String?
    private var currentText: String?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        wellFormed = parser.parse()
        if !wellFormed { parseError = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        if name == "text" { currentText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if currentText != nil { currentText! += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = currentText {
            texts.append(text)
            currentText = nil
        }
    }
}
