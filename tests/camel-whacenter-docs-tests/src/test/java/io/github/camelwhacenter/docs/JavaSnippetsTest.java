/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import io.github.camelwhacenter.docs.Documents.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java snippet of the README and the reference compiles against the component and the Endpoint DSL: a class as
 * it stands, a fragment of route code as the body of a {@code RouteBuilder}'s {@code configure()}, with the imports a
 * route class of the component's users has.
 */
class JavaSnippetsTest {

    private static final String IMPORTS = """
            import java.time.*;
            import java.util.*;
            import io.github.camelwhacenter.*;
            import io.github.camelwhacenter.model.*;
            import org.apache.camel.*;
            import org.apache.camel.builder.*;
            """;
    private static final Pattern CLASS = Pattern.compile("(?m)^public class (\\w+)");

    @Test
    void everyJavaSnippetCompiles(@TempDir Path classes) throws IOException {
        List<Snippet> snippets = Documents.snippets("java");
        assertFalse(snippets.isEmpty(), "the documents have Java snippets");
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Snippet snippet : snippets) {
            Matcher named = CLASS.matcher(snippet.code());
            String name = named.find() ? named.group(1) : "Snippet" + sources.size();
            String code = named.find(0) ? (snippet.code().contains("import ") ? snippet.code() : IMPORTS + snippet.code())
                    : IMPORTS + "public class " + name + " extends RouteBuilder {\n"
                      + "    @Override\n    public void configure() throws Exception {\n" + snippet.code() + "    }\n}\n";
            // one package per snippet: two snippets may show a class of the same name
            String pkg = "snippet" + sources.size();
            sources.add(source(pkg + "/" + name, "package " + pkg + ";\n" + code));
            where.add(pkg + " = " + snippet.where());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-proc:none"), null, sources).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(diagnostic.getSource().getName() + " line " + diagnostic.getLineNumber() + ": "
                               + diagnostic.getMessage(Locale.ROOT));
                }
            }
            assertTrue(compiled && errors.isEmpty(), "snippets that do not compile (" + where + "):\n"
                                                     + String.join("\n", errors));
        }
    }

    private static JavaFileObject source(String path, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + path + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
