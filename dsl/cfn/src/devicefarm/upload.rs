// @generated from AWS::DeviceFarm::Upload (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DeviceFarm::Upload` and its property types.

/// Represents an app or test scripts upload in AWS Device Farm.
///
/// CloudFormation type `AWS::DeviceFarm::Upload`.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    props: ::forma_core::schema::Props,
}
impl Upload {
    /// A new resource with its required properties: `Name`, `ProjectArn`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, project_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The upload's content type (for example, application/octet-stream).
    ///
    /// Allowed: length 0 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Upload {
    type Attributes = UploadAttributes;
    fn type_name(&self) -> &str {
        "AWS::DeviceFarm::Upload"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::DeviceFarm::Upload` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UploadAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UploadAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UploadAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Category`.
    pub fn category(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Category")
    }
    /// `Fn::GetAtt` `Created`.
    pub fn created(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Created")
    }
}

/// The values CloudFormation documents: `ANDROID_APP`, `IOS_APP`, `WEB_APP`, `EXTERNAL_DATA`, `APPIUM_JAVA_JUNIT_TEST_PACKAGE`, `APPIUM_JAVA_TESTNG_TEST_PACKAGE`, `APPIUM_PYTHON_TEST_PACKAGE`, `APPIUM_NODE_TEST_PACKAGE`, `APPIUM_RUBY_TEST_PACKAGE`, `APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE`, `APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE`, `APPIUM_WEB_PYTHON_TEST_PACKAGE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `ANDROID_APP`
    AndroidApp,
    /// `IOS_APP`
    IosApp,
    /// `WEB_APP`
    WebApp,
    /// `EXTERNAL_DATA`
    ExternalData,
    /// `APPIUM_JAVA_JUNIT_TEST_PACKAGE`
    AppiumJavaJunitTestPackage,
    /// `APPIUM_JAVA_TESTNG_TEST_PACKAGE`
    AppiumJavaTestngTestPackage,
    /// `APPIUM_PYTHON_TEST_PACKAGE`
    AppiumPythonTestPackage,
    /// `APPIUM_NODE_TEST_PACKAGE`
    AppiumNodeTestPackage,
    /// `APPIUM_RUBY_TEST_PACKAGE`
    AppiumRubyTestPackage,
    /// `APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE`
    AppiumWebJavaJunitTestPackage,
    /// `APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE`
    AppiumWebJavaTestngTestPackage,
    /// `APPIUM_WEB_PYTHON_TEST_PACKAGE`
    AppiumWebPythonTestPackage,
    /// `APPIUM_WEB_NODE_TEST_PACKAGE`
    AppiumWebNodeTestPackage,
    /// `APPIUM_WEB_RUBY_TEST_PACKAGE`
    AppiumWebRubyTestPackage,
    /// `CALABASH_TEST_PACKAGE`
    CalabashTestPackage,
    /// `INSTRUMENTATION_TEST_PACKAGE`
    InstrumentationTestPackage,
    /// `UIAUTOMATION_TEST_PACKAGE`
    UiautomationTestPackage,
    /// `UIAUTOMATOR_TEST_PACKAGE`
    UiautomatorTestPackage,
    /// `XCTEST_TEST_PACKAGE`
    XctestTestPackage,
    /// `XCTEST_UI_TEST_PACKAGE`
    XctestUiTestPackage,
    /// `APPIUM_JAVA_JUNIT_TEST_SPEC`
    AppiumJavaJunitTestSpec,
    /// `APPIUM_JAVA_TESTNG_TEST_SPEC`
    AppiumJavaTestngTestSpec,
    /// `APPIUM_PYTHON_TEST_SPEC`
    AppiumPythonTestSpec,
    /// `APPIUM_NODE_TEST_SPEC`
    AppiumNodeTestSpec,
    /// `APPIUM_RUBY_TEST_SPEC`
    AppiumRubyTestSpec,
    /// `APPIUM_WEB_JAVA_JUNIT_TEST_SPEC`
    AppiumWebJavaJunitTestSpec,
    /// `APPIUM_WEB_JAVA_TESTNG_TEST_SPEC`
    AppiumWebJavaTestngTestSpec,
    /// `APPIUM_WEB_PYTHON_TEST_SPEC`
    AppiumWebPythonTestSpec,
    /// `APPIUM_WEB_NODE_TEST_SPEC`
    AppiumWebNodeTestSpec,
    /// `APPIUM_WEB_RUBY_TEST_SPEC`
    AppiumWebRubyTestSpec,
    /// `INSTRUMENTATION_TEST_SPEC`
    InstrumentationTestSpec,
    /// `XCTEST_UI_TEST_SPEC`
    XctestUiTestSpec,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AndroidApp => "ANDROID_APP",
            Self::IosApp => "IOS_APP",
            Self::WebApp => "WEB_APP",
            Self::ExternalData => "EXTERNAL_DATA",
            Self::AppiumJavaJunitTestPackage => "APPIUM_JAVA_JUNIT_TEST_PACKAGE",
            Self::AppiumJavaTestngTestPackage => "APPIUM_JAVA_TESTNG_TEST_PACKAGE",
            Self::AppiumPythonTestPackage => "APPIUM_PYTHON_TEST_PACKAGE",
            Self::AppiumNodeTestPackage => "APPIUM_NODE_TEST_PACKAGE",
            Self::AppiumRubyTestPackage => "APPIUM_RUBY_TEST_PACKAGE",
            Self::AppiumWebJavaJunitTestPackage => "APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE",
            Self::AppiumWebJavaTestngTestPackage => "APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE",
            Self::AppiumWebPythonTestPackage => "APPIUM_WEB_PYTHON_TEST_PACKAGE",
            Self::AppiumWebNodeTestPackage => "APPIUM_WEB_NODE_TEST_PACKAGE",
            Self::AppiumWebRubyTestPackage => "APPIUM_WEB_RUBY_TEST_PACKAGE",
            Self::CalabashTestPackage => "CALABASH_TEST_PACKAGE",
            Self::InstrumentationTestPackage => "INSTRUMENTATION_TEST_PACKAGE",
            Self::UiautomationTestPackage => "UIAUTOMATION_TEST_PACKAGE",
            Self::UiautomatorTestPackage => "UIAUTOMATOR_TEST_PACKAGE",
            Self::XctestTestPackage => "XCTEST_TEST_PACKAGE",
            Self::XctestUiTestPackage => "XCTEST_UI_TEST_PACKAGE",
            Self::AppiumJavaJunitTestSpec => "APPIUM_JAVA_JUNIT_TEST_SPEC",
            Self::AppiumJavaTestngTestSpec => "APPIUM_JAVA_TESTNG_TEST_SPEC",
            Self::AppiumPythonTestSpec => "APPIUM_PYTHON_TEST_SPEC",
            Self::AppiumNodeTestSpec => "APPIUM_NODE_TEST_SPEC",
            Self::AppiumRubyTestSpec => "APPIUM_RUBY_TEST_SPEC",
            Self::AppiumWebJavaJunitTestSpec => "APPIUM_WEB_JAVA_JUNIT_TEST_SPEC",
            Self::AppiumWebJavaTestngTestSpec => "APPIUM_WEB_JAVA_TESTNG_TEST_SPEC",
            Self::AppiumWebPythonTestSpec => "APPIUM_WEB_PYTHON_TEST_SPEC",
            Self::AppiumWebNodeTestSpec => "APPIUM_WEB_NODE_TEST_SPEC",
            Self::AppiumWebRubyTestSpec => "APPIUM_WEB_RUBY_TEST_SPEC",
            Self::InstrumentationTestSpec => "INSTRUMENTATION_TEST_SPEC",
            Self::XctestUiTestSpec => "XCTEST_UI_TEST_SPEC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ANDROID_APP",
            "IOS_APP",
            "WEB_APP",
            "EXTERNAL_DATA",
            "APPIUM_JAVA_JUNIT_TEST_PACKAGE",
            "APPIUM_JAVA_TESTNG_TEST_PACKAGE",
            "APPIUM_PYTHON_TEST_PACKAGE",
            "APPIUM_NODE_TEST_PACKAGE",
            "APPIUM_RUBY_TEST_PACKAGE",
            "APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE",
            "APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE",
            "APPIUM_WEB_PYTHON_TEST_PACKAGE",
            "APPIUM_WEB_NODE_TEST_PACKAGE",
            "APPIUM_WEB_RUBY_TEST_PACKAGE",
            "CALABASH_TEST_PACKAGE",
            "INSTRUMENTATION_TEST_PACKAGE",
            "UIAUTOMATION_TEST_PACKAGE",
            "UIAUTOMATOR_TEST_PACKAGE",
            "XCTEST_TEST_PACKAGE",
            "XCTEST_UI_TEST_PACKAGE",
            "APPIUM_JAVA_JUNIT_TEST_SPEC",
            "APPIUM_JAVA_TESTNG_TEST_SPEC",
            "APPIUM_PYTHON_TEST_SPEC",
            "APPIUM_NODE_TEST_SPEC",
            "APPIUM_RUBY_TEST_SPEC",
            "APPIUM_WEB_JAVA_JUNIT_TEST_SPEC",
            "APPIUM_WEB_JAVA_TESTNG_TEST_SPEC",
            "APPIUM_WEB_PYTHON_TEST_SPEC",
            "APPIUM_WEB_NODE_TEST_SPEC",
            "APPIUM_WEB_RUBY_TEST_SPEC",
            "INSTRUMENTATION_TEST_SPEC",
            "XCTEST_UI_TEST_SPEC",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The schema of `AWS::DeviceFarm::Upload`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DeviceFarm::Upload",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+:devicefarm:.+"),
                min_length: Some(32),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ANDROID_APP",
                "IOS_APP",
                "WEB_APP",
                "EXTERNAL_DATA",
                "APPIUM_JAVA_JUNIT_TEST_PACKAGE",
                "APPIUM_JAVA_TESTNG_TEST_PACKAGE",
                "APPIUM_PYTHON_TEST_PACKAGE",
                "APPIUM_NODE_TEST_PACKAGE",
                "APPIUM_RUBY_TEST_PACKAGE",
                "APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE",
                "APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE",
                "APPIUM_WEB_PYTHON_TEST_PACKAGE",
                "APPIUM_WEB_NODE_TEST_PACKAGE",
                "APPIUM_WEB_RUBY_TEST_PACKAGE",
                "CALABASH_TEST_PACKAGE",
                "INSTRUMENTATION_TEST_PACKAGE",
                "UIAUTOMATION_TEST_PACKAGE",
                "UIAUTOMATOR_TEST_PACKAGE",
                "XCTEST_TEST_PACKAGE",
                "XCTEST_UI_TEST_PACKAGE",
                "APPIUM_JAVA_JUNIT_TEST_SPEC",
                "APPIUM_JAVA_TESTNG_TEST_SPEC",
                "APPIUM_PYTHON_TEST_SPEC",
                "APPIUM_NODE_TEST_SPEC",
                "APPIUM_RUBY_TEST_SPEC",
                "APPIUM_WEB_JAVA_JUNIT_TEST_SPEC",
                "APPIUM_WEB_JAVA_TESTNG_TEST_SPEC",
                "APPIUM_WEB_PYTHON_TEST_SPEC",
                "APPIUM_WEB_NODE_TEST_SPEC",
                "APPIUM_WEB_RUBY_TEST_SPEC",
                "INSTRUMENTATION_TEST_SPEC",
                "XCTEST_UI_TEST_SPEC",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "Category", "Created"],
};
