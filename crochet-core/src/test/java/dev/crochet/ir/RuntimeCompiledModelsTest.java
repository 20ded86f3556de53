package dev.crochet.ir;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Models compiled in-process into their own class loader, invisible to the test's class
 * path.
 */
class RuntimeCompiledModelsTest {

	private static final String SHOP = """
			package gen.shop;

			import dev.crochet.KgId;
			import org.neo4j.ogm.annotation.*;
			import java.time.LocalDate;
			import java.util.List;

			@NodeEntity("Shop")
			@KgId("shop_v1")
			public class Shop {
				@Id @GeneratedValue Long id;
				@Required @Index(unique = true) String name;
				LocalDate opened;
				@Relationship(type = "SELLS") List<Product> products;
			}
			""";

	private static final String PRODUCT = """
			package gen.shop;

			import dev.crochet.KgId;
			import org.neo4j.ogm.annotation.*;

			@NodeEntity("Product")
			@KgId("product_v1")
			public class Product {
				@Id @GeneratedValue Long id;
				@Property(name = "sku_code") String sku;
				double price;
			}
			""";

	@Test
	void readsModelsFromAFreshClassLoaderAndRestoresTheContextLoader(@TempDir Path dir) throws Exception {
		ClassLoader before = Thread.currentThread().getContextClassLoader();
		try (URLClassLoader loader = ModelSources.compile(Map.of("gen.shop.Shop", SHOP, "gen.shop.Product", PRODUCT),
				dir)) {

			SchemaSnapshot snapshot = ModelReader.read(loader, List.of("gen.shop"));

			assertThat(snapshot)
				.isEqualTo(
						new SchemaSnapshot(
								List.of(new NodeSchema("product_v1", "Product", List.of("Product"),
										List.of(new PropertySchema("price", "FLOAT", false, false, false),
												new PropertySchema("sku_code", "STRING", false, false, false)),
										List.of(), List.of()),
										new NodeSchema("shop_v1", "Shop", List.of("Shop"),
												List.of(new PropertySchema("name", "STRING", true, true, true),
														new PropertySchema("opened", "DATE", false, false, false)),
												List.of(),
												List.of(new RelationshipSchema("SELLS", "OUTGOING", "product_v1")))),
								List.of()));
			assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);

			SchemaSnapshot fromClasses = ModelReader
				.read(List.of(loader.loadClass("gen.shop.Shop"), loader.loadClass("gen.shop.Product")));
			assertThat(fromClasses).isEqualTo(snapshot);
			assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
		}
	}

	@Test
	void aLoaderIsScannedOncePerJvmAndANewLoaderAfresh(@TempDir Path dir) throws Exception {
		try (URLClassLoader first = ModelSources.compile(Map.of("gen.shop.Product", PRODUCT), dir.resolve("a"));
				URLClassLoader second = ModelSources.compile(
						Map.of("gen.shop.Product", PRODUCT.replace("double price;", "double price;\n\tString colour;")),
						dir.resolve("b"))) {

			SchemaSnapshot read = ModelReader.read(first, List.of("gen.shop"));

			assertThat(ModelReader.read(first, List.of(" gen.shop", "gen.shop"))).as("the same scan: the first read")
				.isSameAs(read);
			// What a test suite or the CLI sees after the models changed: a new loader,
			// read anew.
			assertThat(ModelReader.read(second, List.of("gen.shop")).node("product_v1").orElseThrow().properties())
				.extracting(PropertySchema::name)
				.containsExactly("colour", "price", "sku_code");
			// A failed read is not kept: it fails again, with its message.
			assertThatThrownBy(() -> ModelReader.read(first, List.of("gen.none"))).isInstanceOf(ModelException.class);
			assertThatThrownBy(() -> ModelReader.read(first, List.of("gen.none"))).isInstanceOf(ModelException.class)
				.hasMessage("No model classes (@NodeEntity or @RelationshipEntity) found in packages gen.none");
		}
	}

}
