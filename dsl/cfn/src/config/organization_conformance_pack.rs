// @generated from AWS::Config::OrganizationConformancePack (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::OrganizationConformancePack` and its property types.

/// Resource Type definition for AWS::Config::OrganizationConformancePack.
///
/// CloudFormation type `AWS::Config::OrganizationConformancePack`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationConformancePack {
    props: ::forma_core::schema::Props,
}
impl OrganizationConformancePack {
    /// A new resource with its required properties: `OrganizationConformancePackName`.
    #[track_caller]
    pub fn new(
        organization_conformance_pack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, organization_conformance_pack_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of ConformancePackInputParameter objects.
    #[track_caller]
    pub fn conformance_pack_input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConformancePackInputParameter>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Config stores intermediate files while processing conformance pack template.
    ///
    /// Allowed: length 0 to 63.
    #[track_caller]
    pub fn delivery_s3_bucket(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix for the delivery S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn delivery_s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of AWS accounts to be excluded from an organization conformance pack while deploying a conformance pack.
    #[track_caller]
    pub fn excluded_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the organization conformance pack.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A string containing full conformance pack template body.
    ///
    /// Allowed: length 1 to 51200.
    #[track_caller]
    pub fn template_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Location of file containing the template body.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn template_s3_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OrganizationConformancePack {
    type Attributes = OrganizationConformancePackAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::OrganizationConformancePack"
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
/// The attributes of a `AWS::Config::OrganizationConformancePack` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationConformancePackAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationConformancePackAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationConformancePackAttributes {
    /// `Fn::GetAtt` `OrganizationConformancePackArn`.
    pub fn organization_conformance_pack_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OrganizationConformancePackArn")
    }
}

/// Input parameters in the form of key-value pairs for the conformance pack.
#[derive(Debug, Clone, PartialEq)]
pub struct ConformancePackInputParameter {
    props: ::forma_core::schema::Props,
}
impl ConformancePackInputParameter {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConformancePackInputParameter> for ::forma_core::Value<ConformancePackInputParameter> {
    fn from(v: ConformancePackInputParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFORMANCE_PACK_INPUT_PARAMETER_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Config::OrganizationConformancePack`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::OrganizationConformancePack",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConformancePackInputParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFORMANCE_PACK_INPUT_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(60) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeliveryS3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeliveryS3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExcludedAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationConformancePackName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][-a-zA-Z0-9]*"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateS3Uri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("s3://.*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
    attributes: &["OrganizationConformancePackArn"],
};

static CONFORMANCE_PACK_INPUT_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::OrganizationConformancePack.ConformancePackInputParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::OrganizationConformancePack.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
