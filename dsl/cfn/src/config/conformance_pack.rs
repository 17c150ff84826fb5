// @generated from AWS::Config::ConformancePack (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::ConformancePack` and its property types.

/// A conformance pack is a collection of AWS Config rules and remediation actions that can be easily deployed as a single entity in an account and a region or across an entire AWS Organization.
///
/// CloudFormation type `AWS::Config::ConformancePack`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConformancePack {
    props: ::forma_core::schema::Props,
}
impl ConformancePack {
    /// A new resource with its required properties: `ConformancePackName`.
    #[track_caller]
    pub fn new(conformance_pack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, conformance_pack_name.into().into_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix for delivery S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn delivery_s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the conformance pack.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Location of file containing the template body which points to the conformance pack template that is located in an Amazon S3 bucket.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn template_s3_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The TemplateSSMDocumentDetails object contains the name of the SSM document and the version of the SSM document.
    #[track_caller]
    pub fn template_ssm_document_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TemplateSsmDocumentDetails>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConformancePack {
    type Attributes = ConformancePackAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::ConformancePack"
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
/// The attributes of a `AWS::Config::ConformancePack` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConformancePackAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConformancePackAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConformancePackAttributes {
    /// `Fn::GetAtt` `ConformancePackArn`.
    pub fn conformance_pack_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConformancePackArn")
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

/// The TemplateSSMDocumentDetails object contains the name of the SSM document and the version of the SSM document.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateSsmDocumentDetails {
    props: ::forma_core::schema::Props,
}
impl TemplateSsmDocumentDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DocumentName`.
    ///
    /// Allowed: length 3 to 128.
    pub fn document_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentVersion`.
    ///
    /// Allowed: length 1 to 128.
    pub fn document_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TemplateSsmDocumentDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TemplateSsmDocumentDetails> for ::forma_core::Value<TemplateSsmDocumentDetails> {
    fn from(v: TemplateSsmDocumentDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_SSM_DOCUMENT_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::Config::ConformancePack`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::ConformancePack",
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
            name: "ConformancePackName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][-a-zA-Z0-9]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
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
        ::forma_core::schema::Property {
            name: "TemplateSSMDocumentDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TEMPLATE_SSM_DOCUMENT_DETAILS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ConformancePackArn"],
};

static CONFORMANCE_PACK_INPUT_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConformancePack.ConformancePackInputParameter",
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
    name: "AWS::Config::ConformancePack.Tag",
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

static TEMPLATE_SSM_DOCUMENT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConformancePack.TemplateSSMDocumentDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "DocumentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.:/]{3,200}$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
