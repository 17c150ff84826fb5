// @generated from AWS::SageMaker::Project (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Project` and its property types.

/// Resource Type definition for AWS::SageMaker::Project
///
/// CloudFormation type `AWS::SageMaker::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    props: ::forma_core::schema::Props,
}
impl Project {
    /// A new resource with its required properties: `ProjectName`.
    ///
    /// CloudFormation also needs exactly one of `ServiceCatalogProvisioningDetails` or `TemplateProviderDetails`.
    #[track_caller]
    pub fn new(project_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, project_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the project.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn project_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provisioned ServiceCatalog Details
    #[track_caller]
    pub fn service_catalog_provisioned_product_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceCatalogProvisionedProductDetails>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Input ServiceCatalog Provisioning Details
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_catalog_provisioning_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceCatalogProvisioningDetails>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of template providers associated with the project.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_provider_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TemplateProviderDetail>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Project {
    type Attributes = ProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Project"
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
/// The attributes of a `AWS::SageMaker::Project` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectAttributes {
    /// `Fn::GetAtt` `ProjectArn`.
    pub fn project_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `ProjectId`.
    pub fn project_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectId")
    }
    /// `Fn::GetAtt` `ProjectStatus`.
    pub fn project_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectStatus")
    }
}

/// Provisioned ServiceCatalog Details
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCatalogProvisionedProductDetails {
    props: ::forma_core::schema::Props,
}
impl ServiceCatalogProvisionedProductDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier of the provisioning artifact (also known as a version).
    ///
    /// Allowed: length 1 to 100.
    pub fn provisioned_product_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provisioned Product Status Message
    pub fn provisioned_product_status_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceCatalogProvisionedProductDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceCatalogProvisionedProductDetails>
    for ::forma_core::Value<ServiceCatalogProvisionedProductDetails>
{
    fn from(v: ServiceCatalogProvisionedProductDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CATALOG_PROVISIONED_PRODUCT_DETAILS_TYPE.properties))
    }
}

/// Input ServiceCatalog Provisioning Details
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCatalogProvisioningDetails {
    props: ::forma_core::schema::Props,
}
impl ServiceCatalogProvisioningDetails {
    /// A new value with its required properties: `ProductId`.
    pub fn new(product_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, product_id.into().into_expr());
        Self { props }
    }
    /// The path identifier of the product.
    ///
    /// Allowed: length 1 to 100.
    pub fn path_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the provisioning artifact (also known as a version).
    ///
    /// Allowed: length 1 to 100.
    pub fn provisioning_artifact_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Parameters specified by the administrator that are required for provisioning the product.
    pub fn provisioning_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProvisioningParameter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ServiceCatalogProvisioningDetails>
    for ::forma_core::Value<ServiceCatalogProvisioningDetails>
{
    fn from(v: ServiceCatalogProvisioningDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CATALOG_PROVISIONING_DETAILS_TYPE.properties))
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

/// Details about the template provider for the SageMaker project.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateProviderDetail {
    props: ::forma_core::schema::Props,
}
impl TemplateProviderDetail {
    /// A new value with its required properties: `CfnTemplateProviderDetail`.
    pub fn new(
        cfn_template_provider_detail: impl ::std::convert::Into<::forma_core::Value<CfnTemplateProviderDetail>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cfn_template_provider_detail.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TemplateProviderDetail> for ::forma_core::Value<TemplateProviderDetail> {
    fn from(v: TemplateProviderDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEMPLATE_PROVIDER_DETAIL_TYPE.properties))
    }
}

/// Information about a parameter used to provision a product.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningParameter {
    props: ::forma_core::schema::Props,
}
impl ProvisioningParameter {
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
impl ::std::convert::From<ProvisioningParameter> for ::forma_core::Value<ProvisioningParameter> {
    fn from(v: ProvisioningParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONING_PARAMETER_TYPE.properties))
    }
}

/// CloudFormation template provider details for a SageMaker project.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnTemplateProviderDetail {
    props: ::forma_core::schema::Props,
}
impl CfnTemplateProviderDetail {
    /// A new value with its required properties: `TemplateName`, `TemplateURL`.
    pub fn new(
        template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, template_name.into().into_expr());
        props.set(3, template_url.into().into_expr());
        Self { props }
    }
    /// A list of parameters used in the CloudFormation template.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CfnStackParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM role used by the template provider.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CfnTemplateProviderDetail> for ::forma_core::Value<CfnTemplateProviderDetail> {
    fn from(v: CfnTemplateProviderDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_TEMPLATE_PROVIDER_DETAIL_TYPE.properties))
    }
}

/// The `CfnStackParameter` property type of `AWS::SageMaker::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct CfnStackParameter {
    props: ::forma_core::schema::Props,
}
impl CfnStackParameter {
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
impl ::std::convert::From<CfnStackParameter> for ::forma_core::Value<CfnStackParameter> {
    fn from(v: CfnStackParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CFN_STACK_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Project`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Project",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProjectDescription",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceCatalogProvisionedProductDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CATALOG_PROVISIONED_PRODUCT_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceCatalogProvisioningDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CATALOG_PROVISIONING_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(40) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateProviderDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TEMPLATE_PROVIDER_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["ServiceCatalogProvisioningDetails"],
        &["TemplateProviderDetails"],
    ])],
    attributes: &["ProjectArn", "CreationTime", "ProjectId", "ProjectStatus"],
};

static SERVICE_CATALOG_PROVISIONED_PRODUCT_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Project.ServiceCatalogProvisionedProductDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "ProvisionedProductId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProvisionedProductStatusMessage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SERVICE_CATALOG_PROVISIONING_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Project.ServiceCatalogProvisioningDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "PathId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProductId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProvisioningArtifactId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
            },
            ::forma_core::schema::Property {
                name: "ProvisioningParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PROVISIONING_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Project.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TEMPLATE_PROVIDER_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Project.TemplateProviderDetail",
    properties: &[::forma_core::schema::Property {
        name: "CfnTemplateProviderDetail",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CFN_TEMPLATE_PROVIDER_DETAIL_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["CfnTemplateProviderDetail"]])],
};

static PROVISIONING_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Project.ProvisioningParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static CFN_TEMPLATE_PROVIDER_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Project.CfnTemplateProviderDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CFN_STACK_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(180) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?=.{1,32}$)[a-zA-Z0-9](-*[a-zA-Z0-9])*"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateURL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?=.{1,1024}$)(https)://([^/]+)/(.+)"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static CFN_STACK_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Project.CfnStackParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};
